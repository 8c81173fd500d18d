package io.conduit.comments;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.conduit.articles.Articles;
import io.conduit.platform.security.Viewer;
import io.conduit.profiles.Profile;
import io.conduit.profiles.Profiles;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/articles/{slug}/comments")
class CommentController {

    private final Articles articles;
    private final Profiles profiles;
    private final CommentRepository comments;
    private final Counter created;

    CommentController(Articles articles, Profiles profiles, CommentRepository comments, MeterRegistry meters) {
        this.articles = articles;
        this.profiles = profiles;
        this.comments = comments;
        this.created = Counter.builder("conduit.comments.added").description("Comments added").register(meters);
    }

    /** Four statements for any number of comments: the article, its comments, their authors (two). */
    @GetMapping
    CommentsResponse list(Viewer viewer, @PathVariable String slug) {
        List<CommentRow> rows = comments.ofArticle(articles.idOfSlug(slug));
        Map<Long, Profile> authors = profiles.profilesOf(viewer,
                rows.stream().map(CommentRow::authorId).collect(Collectors.toSet()));
        return new CommentsResponse(rows.stream().map(row -> CommentView.of(row, authors.get(row.authorId()))).toList());
    }

    /** 200, not 201: the RealWorld spec (openapi.yml, CreateArticleComment) answers 200 here. */
    @PostMapping
    CommentResponse add(Viewer viewer, @PathVariable String slug, @Valid @RequestBody Envelope request) {
        CommentRow row = comments.insert(articles.idOfSlug(slug), viewer.requireId(), request.comment().body());
        created.increment();
        return new CommentResponse(CommentView.of(row, profiles.profileOf(viewer, viewer.requireId())));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void delete(Viewer viewer, @PathVariable String slug, @PathVariable long id) {
        CommentRow comment = comments.find(articles.idOfSlug(slug), id).orElseThrow(CommentNotFound::new);
        if (comment.authorId() != viewer.requireId()) {
            throw new NotTheCommenter();
        }
        comments.delete(comment.id());
    }

    record Envelope(@NotNull(message = "can't be blank") @Valid NewComment comment) {
    }

    record NewComment(@NotBlank(message = "can't be blank")
                      @Size(max = 10_000, message = "is too long (maximum is 10000 characters)") String body) {
    }

    record CommentsResponse(List<CommentView> comments) {
    }

    record CommentResponse(CommentView comment) {
    }
}
