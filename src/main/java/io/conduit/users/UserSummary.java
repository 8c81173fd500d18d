package io.conduit.users;

/** What other modules may know of a user: the public part of the account. */
public record UserSummary(long id, String username, String bio, String image) {
}
