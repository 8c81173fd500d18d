package io.conduit.support;

/** A user registered through the API, with the token it got back. */
public record TestUser(String username, String email, String password, String token) {
}
