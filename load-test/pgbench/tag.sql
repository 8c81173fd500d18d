-- GET /api/articles?tag=...&limit=20 (anonymous) for a tag drawn like the load test draws them:
-- page from the tag's index, the tags of the page, the authors. The count is cached by Conduit, so
-- it is left out. Run with -M prepared.
\set tag random(1, 100)
SELECT name AS tagname FROM tags WHERE id = :tag \gset
SELECT array_agg(id) AS ids, array_agg(DISTINCT author_id) AS authors FROM (
  SELECT a.id, a.slug, a.title, a.description, NULL AS body, a.author_id, a.favorites_count, a.created_at, a.updated_at
  FROM article_tags at JOIN articles a ON a.id = at.article_id
  WHERE at.tag_id = (SELECT t.id FROM tags t WHERE t.name = :tagname)
  ORDER BY at.article_created_at DESC, at.article_id DESC LIMIT 20 OFFSET 0) page \gset
SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
WHERE at.article_id = ANY(CAST(:ids AS bigint[])) ORDER BY t.name;
SELECT id, username, bio, image FROM users WHERE id = ANY(CAST(:authors AS bigint[]));
