package io.conduit.users;

import java.util.Optional;

/**
 * The settings a user asked to change. A {@code null} field was not sent and stays as it is; for
 * {@code bio} and {@code image}, which may be cleared, an empty Optional means "set to null".
 */
record UserChanges(String username, String email, String password, Optional<String> bio, Optional<String> image) {
}
