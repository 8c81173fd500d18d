package io.conduit.articles;

/**
 * The filters of the global list, resolved to ids. A null field does not filter.
 *
 * @param tag         only articles with this tag name
 * @param authorId    only articles by this user
 * @param favoritedBy only articles this user has favorited
 */
record ArticleFilter(String tag, Long authorId, Long favoritedBy) {
}
