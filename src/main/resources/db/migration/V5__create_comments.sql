-- Comments on articles (module: comments).
CREATE TABLE comments (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id bigint      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    author_id  bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body       text        NOT NULL CHECK (length(btrim(body)) > 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Serves: the comments of an article, newest first, and the cascade when an article is deleted.
CREATE INDEX comments_article_created_idx ON comments (article_id, created_at DESC, id DESC);
-- Serves: the cascade when a user is deleted.
CREATE INDEX comments_author_idx ON comments (author_id);
