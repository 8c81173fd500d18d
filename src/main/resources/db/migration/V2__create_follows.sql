-- Who follows whom (module: profiles).
CREATE TABLE follows (
    follower_id bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    followee_id bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    -- Serves: "does the viewer follow these authors" (follower_id = ? AND followee_id = ANY(?))
    -- and the feed's list of followed authors (follower_id = ?).
    PRIMARY KEY (follower_id, followee_id),
    CONSTRAINT follows_not_self CHECK (follower_id <> followee_id)
);

-- Serves: the cascade when a user is deleted, and "followers of a user".
CREATE INDEX follows_followee_idx ON follows (followee_id);
