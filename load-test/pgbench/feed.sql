-- GET /api/articles/feed?limit=20 for a random reader: page, count, tags, authors, favorites, follows.
\set reader random(1, :users)
SELECT coalesce(array_agg(id), '{}') AS ids, coalesce(array_agg(DISTINCT author_id), '{}') AS authors FROM (
  SELECT a.id, a.slug, a.title, a.description, NULL AS body, a.author_id, a.favorites_count, a.created_at, a.updated_at
  FROM follows f CROSS JOIN LATERAL (
    SELECT a.id, a.slug, a.title, a.description, a.author_id, a.favorites_count, a.created_at, a.updated_at
    FROM articles a WHERE a.author_id = f.followee_id ORDER BY a.created_at DESC, a.id DESC LIMIT 20) a
  WHERE f.follower_id = :reader
  ORDER BY a.created_at DESC, a.id DESC LIMIT 20 OFFSET 0) page \gset
SELECT coalesce(sum(c.articles), 0) FROM follows f JOIN author_article_counts c ON c.author_id = f.followee_id
WHERE f.follower_id = :reader;
SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
WHERE at.article_id = ANY(CAST(:ids AS bigint[])) ORDER BY t.name;
SELECT id, username, bio, image FROM users WHERE id = ANY(CAST(:authors AS bigint[]));
SELECT article_id FROM favorites WHERE user_id = :reader AND article_id = ANY(CAST(:ids AS bigint[]));
SELECT followee_id FROM follows WHERE follower_id = :reader AND followee_id = ANY(CAST(:authors AS bigint[]));
