/**
 * Users: sign-up, login, the current user and its settings, and the access tokens they return.
 * Owns the {@code users} table. Other modules see users only through {@link io.conduit.users.Users},
 * which hands out {@link io.conduit.users.UserSummary} records and never a password hash or email.
 */
@ApplicationModule(displayName = "Users", allowedDependencies = "platform")
package io.conduit.users;

import org.springframework.modulith.ApplicationModule;
