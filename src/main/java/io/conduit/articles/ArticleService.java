package io.conduit.articles;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

import io.conduit.platform.security.Viewer;
import io.conduit.platform.web.Paging;
import io.conduit.users.UserSummary;
import io.conduit.users.Users;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases behind the article endpoints. */
@Service
class ArticleService {

    /** Random suffixes make a second collision on the same title astronomically unlikely; this bounds it. */
    private static final int SLUG_ATTEMPTS = 5;

    private final ArticleRepository articles;
    private final TagRepository tags;
    private final FavoriteRepository favorites;
    private final ArticleViews views;
    private final Users users;
    private final ListingCache listings;
    private final Counter published;
    private final Counter favorited;

    ArticleService(ArticleRepository articles, TagRepository tags, FavoriteRepository favorites, ArticleViews views,
                   Users users, ListingCache listings, MeterRegistry meters) {
        this.articles = articles;
        this.tags = tags;
        this.favorites = favorites;
        this.views = views;
        this.users = users;
        this.listings = listings;
        this.published = Counter.builder("conduit.articles.published").description("Articles published")
                .register(meters);
        this.favorited = Counter.builder("conduit.favorites").description("Articles favorited").register(meters);
    }

    ArticlePage list(Viewer viewer, String tag, String author, String favoritedBy, Paging paging) {
        Optional<ArticleFilter> filter = resolve(blankAsAbsent(tag), blankAsAbsent(author), blankAsAbsent(favoritedBy));
        if (filter.isEmpty()) {
            return ArticlePage.EMPTY;
        }
        List<ArticleRow> rows = articles.page(filter.get(), paging);
        return new ArticlePage(views.listItems(viewer, rows),
                listings.count(filter.get(), () -> articles.count(filter.get())));
    }

    ArticlePage feed(Viewer viewer, Paging paging) {
        long reader = viewer.requireId();
        List<ArticleRow> rows = articles.feedPage(reader, paging);
        return new ArticlePage(views.listItems(viewer, rows), articles.feedCount(reader));
    }

    ArticleView get(Viewer viewer, String slug) {
        return views.article(viewer, find(slug));
    }

    @Transactional
    ArticleView publish(Viewer viewer, String title, String description, String body, SortedSet<String> tagList) {
        String slug = Slugs.of(title);
        Optional<ArticleRow> created = Optional.empty();
        for (int attempt = 0; attempt < SLUG_ATTEMPTS && created.isEmpty(); attempt++) {
            created = articles.insert(viewer.requireId(), attempt == 0 ? slug : Slugs.withSuffix(slug),
                    title, description, body);
        }
        ArticleRow article = created.orElseThrow(() -> new IllegalStateException("no free slug for " + slug));
        tags.replaceTags(article.id(), tagList);
        listings.evictAfterPublish(tagList);
        published.increment();
        return views.article(viewer, article);
    }

    /** Changes what was sent; a new title means a new slug. A null tag list leaves the tags alone. */
    @Transactional
    ArticleView edit(Viewer viewer, String slug, String title, String description, String body,
                     SortedSet<String> tagList) {
        ArticleRow current = ownArticle(viewer, slug);
        String newTitle = title != null ? title : current.title();
        String newSlug = title != null && !title.equals(current.title()) ? Slugs.of(title) : current.slug();
        Optional<ArticleRow> updated = Optional.empty();
        for (int attempt = 0; attempt < SLUG_ATTEMPTS && updated.isEmpty(); attempt++) {
            updated = articles.update(current.id(), attempt == 0 ? newSlug : Slugs.withSuffix(newSlug), newTitle,
                    description != null ? description : current.description(),
                    body != null ? body : current.body());
        }
        ArticleRow article = updated.orElseThrow(() -> new IllegalStateException("no free slug for " + newSlug));
        if (tagList != null) {
            tags.replaceTags(article.id(), tagList);
            listings.evictAllAfterCommit();
        }
        return views.article(viewer, article);
    }

    @Transactional
    void delete(Viewer viewer, String slug) {
        articles.delete(ownArticle(viewer, slug).id());
        listings.evictAllAfterCommit();
    }

    @Transactional
    ArticleView favorite(Viewer viewer, String slug) {
        if (favorites.favorite(viewer.requireId(), find(slug).id())) {
            favorited.increment();
        }
        return views.article(viewer, find(slug));
    }

    @Transactional
    ArticleView unfavorite(Viewer viewer, String slug) {
        favorites.unfavorite(viewer.requireId(), find(slug).id());
        return views.article(viewer, find(slug));
    }

    List<String> tagsInUse() {
        return listings.tagsInUse(tags::tagsInUse);
    }

    private ArticleRow find(String slug) {
        return articles.findBySlug(slug).orElseThrow(ArticleNotFound::new);
    }

    private ArticleRow ownArticle(Viewer viewer, String slug) {
        ArticleRow article = find(slug);
        if (article.authorId() != viewer.requireId()) {
            throw new NotTheAuthor();
        }
        return article;
    }

    /** Usernames to ids; empty when a named user does not exist, for then nothing can match. */
    private Optional<ArticleFilter> resolve(String tag, String author, String favoritedBy) {
        Long authorId = null;
        Long favoritedById = null;
        if (author != null) {
            Optional<UserSummary> user = users.findByUsername(author);
            if (user.isEmpty()) {
                return Optional.empty();
            }
            authorId = user.get().id();
        }
        if (favoritedBy != null) {
            Optional<UserSummary> user = users.findByUsername(favoritedBy);
            if (user.isEmpty()) {
                return Optional.empty();
            }
            favoritedById = user.get().id();
        }
        return Optional.of(new ArticleFilter(tag, authorId, favoritedById));
    }

    /** {@code ?tag=} with nothing after it is what a form sends for "no tag": no filter. */
    private static String blankAsAbsent(String filter) {
        return filter == null || filter.isBlank() ? null : filter;
    }

    record ArticlePage(List<ArticleListItem> articles, long articlesCount) {
        static final ArticlePage EMPTY = new ArticlePage(List.of(), 0);
    }
}
