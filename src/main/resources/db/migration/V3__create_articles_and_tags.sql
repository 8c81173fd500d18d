-- Articles and their tags (module: articles).
CREATE TABLE articles (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id       bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- Serves: article by slug (every read, update, delete, favorite and comment request).
    slug            text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title           text        NOT NULL CHECK (length(btrim(title)) > 0),
    description     text        NOT NULL CHECK (length(btrim(description)) > 0),
    body            text        NOT NULL CHECK (length(btrim(body)) > 0),
    -- Kept in step with the favorites table in the same transaction as each favorite or unfavorite,
    -- so that list pages need no count(*) per article.
    favorites_count integer     NOT NULL DEFAULT 0 CHECK (favorites_count >= 0),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- Serves: the global list, newest first (ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?).
CREATE INDEX articles_created_idx ON articles (created_at DESC, id DESC);
-- Serves: the author filter and the feed (author_id IN followed authors), newest first, and the
-- cascade when a user is deleted.
CREATE INDEX articles_author_created_idx ON articles (author_id, created_at DESC, id DESC);

CREATE TABLE tags (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Serves: tag by name (the tag filter, and finding existing tags when an article is saved).
    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64)
);

CREATE TABLE article_tags (
    article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id     bigint NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    -- Serves: the tags of a page of articles (article_id = ANY(?)).
    PRIMARY KEY (article_id, tag_id)
);

-- Serves: the tag filter (tag_id = ?) and the list of tags in use.
CREATE INDEX article_tags_tag_idx ON article_tags (tag_id, article_id);
