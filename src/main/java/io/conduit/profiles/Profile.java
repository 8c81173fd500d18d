package io.conduit.profiles;

/** A user as the viewer sees them: the RealWorld profile object. */
public record Profile(String username, String bio, String image, boolean following) {
}
