/**
 * Comments: reading, adding and deleting the comments of an article. Owns the {@code comments}
 * table; finds articles through {@link io.conduit.articles.Articles} and renders authors through
 * {@link io.conduit.profiles.Profiles}. Comments go when their article goes (ON DELETE CASCADE).
 */
@ApplicationModule(displayName = "Comments", allowedDependencies = {"platform", "articles", "profiles"})
package io.conduit.comments;

import org.springframework.modulith.ApplicationModule;
