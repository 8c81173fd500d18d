-- GET /api/articles?limit=20 (anonymous): the statements Conduit runs for it, in order. The total
-- (count of all articles) is cached by Conduit (ListingCache), so it is left out. Run with -M prepared.
-- Keep in step with ArticleRepository, TagRepository and UserRepository.
SELECT array_agg(id) AS ids, array_agg(DISTINCT author_id) AS authors FROM (
  SELECT a.id, a.slug, a.title, a.description, NULL AS body, a.author_id, a.favorites_count, a.created_at, a.updated_at
  FROM articles a ORDER BY a.created_at DESC, a.id DESC LIMIT 20 OFFSET 0) page \gset
SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
WHERE at.article_id = ANY(CAST(:ids AS bigint[])) ORDER BY t.name;
SELECT id, username, bio, image FROM users WHERE id = ANY(CAST(:authors AS bigint[]));
