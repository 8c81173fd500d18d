package io.conduit.platform.security;

/**
 * Who is asking: the authenticated user's id, or nobody. Controllers declare a {@code Viewer}
 * parameter; endpoints that require a token are guarded by the security configuration, so there
 * {@link #id()} is never null.
 */
public record Viewer(Long id) {

    public static final Viewer ANONYMOUS = new Viewer(null);

    public boolean isAnonymous() {
        return id == null;
    }

    /** The user's id, for endpoints that the security configuration only lets authenticated users reach. */
    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("endpoint requires authentication but no user is signed in");
        }
        return id;
    }
}
