-- GET /api/tags: every tag in use.
SELECT t.name FROM tags t WHERE EXISTS (SELECT 1 FROM article_tags at WHERE at.tag_id = t.id) ORDER BY t.name;
