-- Which user favorited which article (module: articles).
CREATE TABLE favorites (
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    article_id bigint      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    -- Serves: "has the viewer favorited these articles" (user_id = ? AND article_id = ANY(?))
    -- and the favorited-by filter (user_id = ?).
    PRIMARY KEY (user_id, article_id)
);

-- Serves: the cascade when an article is deleted.
CREATE INDEX favorites_article_idx ON favorites (article_id);
