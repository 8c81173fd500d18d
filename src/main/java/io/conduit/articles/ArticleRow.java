package io.conduit.articles;

import java.time.OffsetDateTime;

/** A row of the articles table; {@code body} is null when read for a list page, which never shows it. */
record ArticleRow(long id, String slug, String title, String description, String body, long authorId,
                  int favoritesCount, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
