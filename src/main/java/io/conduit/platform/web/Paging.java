package io.conduit.platform.web;

/**
 * A page of a list endpoint. {@code limit} is at least 1 and capped at {@link #MAX_LIMIT} so that no
 * request can ask the database for an unbounded page; {@code offset} is at least 0.
 */
public record Paging(int limit, int offset) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public Paging {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be >= 1 and offset >= 0");
        }
        limit = Math.min(limit, MAX_LIMIT);
    }
}
