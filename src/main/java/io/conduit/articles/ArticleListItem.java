package io.conduit.articles;

import java.util.List;

import io.conduit.platform.web.Timestamps;
import io.conduit.profiles.Profile;

/** An article in a list: the article object without its body, which lists never return. */
record ArticleListItem(String slug, String title, String description, List<String> tagList, String createdAt,
                       String updatedAt, boolean favorited, int favoritesCount, Profile author) {

    static ArticleListItem of(ArticleRow row, List<String> tags, boolean favorited, Profile author) {
        return new ArticleListItem(row.slug(), row.title(), row.description(), tags,
                Timestamps.format(row.createdAt()), Timestamps.format(row.updatedAt()), favorited,
                row.favoritesCount(), author);
    }
}
