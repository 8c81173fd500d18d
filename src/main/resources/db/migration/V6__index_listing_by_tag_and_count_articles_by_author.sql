-- Two listings must not grow with the number of articles (module: articles).
--
-- 1. The tag filter, newest first: with only (tag_id, article_id) the planner had to fetch every
--    article of a popular tag and sort them (20 ms per page for a tag on 27,000 articles). The
--    article's creation time, which never changes, is copied next to the tag so that one index
--    gives a tag's articles already in page order.
ALTER TABLE article_tags ADD COLUMN article_created_at timestamptz;
UPDATE article_tags at SET article_created_at = a.created_at FROM articles a WHERE a.id = at.article_id;
ALTER TABLE article_tags ALTER COLUMN article_created_at SET NOT NULL;

-- Serves: the tag filter (tag_id = ? ORDER BY article_created_at DESC, article_id DESC LIMIT ?),
-- its count, and the list of tags in use. Replaces article_tags_tag_idx.
CREATE INDEX article_tags_tag_created_idx ON article_tags (tag_id, article_created_at DESC, article_id DESC);
DROP INDEX article_tags_tag_idx;

-- 2. The feed's total: counting the articles of every followed author read thousands of index
--    entries per request. Each author's number of articles, kept in step in the same statement as
--    each publish and delete (like articles.favorites_count), turns it into one row per followed
--    author.
CREATE TABLE author_article_counts (
    author_id bigint  PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    articles  integer NOT NULL CHECK (articles >= 0)
);
INSERT INTO author_article_counts (author_id, articles)
SELECT author_id, count(*) FROM articles GROUP BY author_id;
