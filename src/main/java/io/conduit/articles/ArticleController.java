package io.conduit.articles;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import io.conduit.platform.security.Viewer;
import io.conduit.platform.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class ArticleController {

    private static final String NOT_BLANK = "(?s).*\\S.*";

    private final ArticleService service;

    ArticleController(ArticleService service) {
        this.service = service;
    }

    @GetMapping("/articles")
    ArticleService.ArticlePage list(Viewer viewer,
                                    @RequestParam(required = false) String tag,
                                    @RequestParam(required = false) String author,
                                    @RequestParam(required = false) String favorited,
                                    @RequestParam(defaultValue = "20") @Min(1) int limit,
                                    @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return service.list(viewer, tag, author, favorited, new Paging(limit, offset));
    }

    @GetMapping("/articles/feed")
    ArticleService.ArticlePage feed(Viewer viewer,
                                    @RequestParam(defaultValue = "20") @Min(1) int limit,
                                    @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return service.feed(viewer, new Paging(limit, offset));
    }

    @GetMapping("/articles/{slug}")
    ArticleResponse get(Viewer viewer, @PathVariable String slug) {
        return new ArticleResponse(service.get(viewer, slug));
    }

    @PostMapping("/articles")
    @ResponseStatus(HttpStatus.CREATED)
    ArticleResponse publish(Viewer viewer, @Valid @RequestBody Envelope<NewArticle> request) {
        NewArticle article = request.article();
        return new ArticleResponse(service.publish(viewer, article.title().strip(), article.description().strip(),
                article.body(), tagSet(article.tagList())));
    }

    @PutMapping("/articles/{slug}")
    ArticleResponse edit(Viewer viewer, @PathVariable String slug, @Valid @RequestBody Envelope<ArticleChanges> request) {
        ArticleChanges changes = request.article();
        return new ArticleResponse(service.edit(viewer, slug, strip(changes.title()), strip(changes.description()),
                changes.body(), changes.tagList() == null ? null : tagSet(changes.tagList())));
    }

    @DeleteMapping("/articles/{slug}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Viewer viewer, @PathVariable String slug) {
        service.delete(viewer, slug);
    }

    @PostMapping("/articles/{slug}/favorite")
    ArticleResponse favorite(Viewer viewer, @PathVariable String slug) {
        return new ArticleResponse(service.favorite(viewer, slug));
    }

    @DeleteMapping("/articles/{slug}/favorite")
    ArticleResponse unfavorite(Viewer viewer, @PathVariable String slug) {
        return new ArticleResponse(service.unfavorite(viewer, slug));
    }

    @GetMapping("/tags")
    TagsResponse tags() {
        return new TagsResponse(service.tagsInUse());
    }

    /** Tags are trimmed, de-duplicated and sorted, the order in which every response lists them. */
    private static SortedSet<String> tagSet(List<String> tags) {
        SortedSet<String> set = new TreeSet<>();
        if (tags != null) {
            tags.forEach(tag -> set.add(tag.strip()));
        }
        return set;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    record Envelope<T>(@NotNull(message = "can't be blank") @Valid T article) {
    }

    record NewArticle(
            @NotBlank(message = "can't be blank") @Size(max = 255, message = "is too long (maximum is 255 characters)")
            String title,
            @NotBlank(message = "can't be blank") @Size(max = 1000, message = "is too long (maximum is 1000 characters)")
            String description,
            @NotBlank(message = "can't be blank") @Size(max = 100_000, message = "is too long (maximum is 100000 characters)")
            String body,
            @Size(max = 20, message = "has too many tags (maximum is 20)")
            List<@NotBlank(message = "can't contain a blank tag")
                 @Size(max = 64, message = "can't contain a tag longer than 64 characters") String> tagList) {
    }

    record ArticleChanges(
            @Pattern(regexp = NOT_BLANK, message = "can't be blank")
            @Size(max = 255, message = "is too long (maximum is 255 characters)") String title,
            @Pattern(regexp = NOT_BLANK, message = "can't be blank")
            @Size(max = 1000, message = "is too long (maximum is 1000 characters)") String description,
            @Pattern(regexp = "(?s).*\\S.*", message = "can't be blank")
            @Size(max = 100_000, message = "is too long (maximum is 100000 characters)") String body,
            @Size(max = 20, message = "has too many tags (maximum is 20)")
            List<@NotBlank(message = "can't contain a blank tag")
                 @Size(max = 64, message = "can't contain a tag longer than 64 characters") String> tagList) {
    }

    record ArticleResponse(ArticleView article) {
    }

    record TagsResponse(List<String> tags) {
    }
}
