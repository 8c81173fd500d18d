package io.conduit.articles;

import java.util.List;

import io.conduit.platform.web.Timestamps;
import io.conduit.profiles.Profile;

/** The RealWorld article object, as returned by the single-article endpoints. */
record ArticleView(String slug, String title, String description, String body, List<String> tagList,
                   String createdAt, String updatedAt, boolean favorited, int favoritesCount, Profile author) {

    static ArticleView of(ArticleRow row, List<String> tags, boolean favorited, Profile author) {
        return new ArticleView(row.slug(), row.title(), row.description(), row.body(), tags,
                Timestamps.format(row.createdAt()), Timestamps.format(row.updatedAt()), favorited,
                row.favoritesCount(), author);
    }
}
