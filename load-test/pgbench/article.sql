-- GET /api/articles/{slug} (anonymous): the article by slug, its tags, its author. The first
-- statement only picks a random slug; Conduit gets the slug from the URL. Run with -M prepared.
\set id random(1, :articles)
SELECT slug, author_id AS author FROM articles WHERE id = :id \gset
SELECT id, slug, title, description, body, author_id, favorites_count, created_at, updated_at
FROM articles WHERE slug = :slug;
SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
WHERE at.article_id = ANY(ARRAY[CAST(:id AS bigint)]) ORDER BY t.name;
SELECT id, username, bio, image FROM users WHERE id = ANY(ARRAY[CAST(:author AS bigint)]);
