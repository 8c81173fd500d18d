/**
 * Profiles: the public face of users as seen by a viewer, and following. Owns the {@code follows}
 * table. Other modules render authors through {@link io.conduit.profiles.Profiles}, which computes
 * {@code following} for the viewer in one query for a whole page.
 */
@ApplicationModule(displayName = "Profiles", allowedDependencies = {"platform", "users"})
package io.conduit.profiles;

import org.springframework.modulith.ApplicationModule;
