/**
 * Articles: publishing, editing and deleting articles, their tags, favorites, the global list with
 * its filters and the personal feed. Owns the {@code articles}, {@code tags}, {@code article_tags}
 * and {@code favorites} tables. Every list is a fixed pipeline of set-based queries (page, count,
 * tags, favorites, authors), the same number of statements whatever the page size.
 */
@ApplicationModule(displayName = "Articles", allowedDependencies = {"platform", "users", "profiles"})
package io.conduit.articles;

import org.springframework.modulith.ApplicationModule;
