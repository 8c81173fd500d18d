package io.conduit.users;

/** A row of the users table, password hash included: never leaves this module. */
record StoredUser(long id, String username, String email, String passwordHash, String bio, String image) {

    UserSummary summary() {
        return new UserSummary(id, username, bio, image);
    }
}
