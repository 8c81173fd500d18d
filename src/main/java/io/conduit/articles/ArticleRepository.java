package io.conduit.articles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.conduit.platform.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ArticleRepository {

    private static final String LIST_COLUMNS = """
            a.id, a.slug, a.title, a.description, NULL AS body, a.author_id, a.favorites_count,
            a.created_at, a.updated_at""";
    private static final String ALL_COLUMNS =
            "id, slug, title, description, body, author_id, favorites_count, created_at, updated_at";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the slug is taken; empty when it is, so the caller can try another slug. */
    Optional<ArticleRow> insert(long authorId, String slug, String title, String description, String body) {
        return jdbc.sql("""
                        INSERT INTO articles (author_id, slug, title, description, body)
                        VALUES (:authorId, :slug, :title, :description, :body)
                        ON CONFLICT (slug) DO NOTHING
                        RETURNING %s""".formatted(ALL_COLUMNS))
                .param("authorId", authorId)
                .param("slug", slug)
                .param("title", title)
                .param("description", description)
                .param("body", body)
                .query(ArticleRow.class)
                .optional();
    }

    Optional<ArticleRow> findBySlug(String slug) {
        return jdbc.sql("SELECT %s FROM articles WHERE slug = :slug".formatted(ALL_COLUMNS))
                .param("slug", slug)
                .query(ArticleRow.class)
                .optional();
    }

    Optional<Long> idOfSlug(String slug) {
        return jdbc.sql("SELECT id FROM articles WHERE slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .optional();
    }

    /** Writes the new values; empty when the new slug is taken by another article. */
    Optional<ArticleRow> update(long id, String slug, String title, String description, String body) {
        return jdbc.sql("""
                        UPDATE articles SET slug = :slug, title = :title, description = :description, body = :body,
                                            updated_at = now()
                        WHERE id = :id
                          AND NOT EXISTS (SELECT 1 FROM articles other WHERE other.slug = :slug AND other.id <> :id)
                        RETURNING %s""".formatted(ALL_COLUMNS))
                .param("id", id)
                .param("slug", slug)
                .param("title", title)
                .param("description", description)
                .param("body", body)
                .query(ArticleRow.class)
                .optional();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM articles WHERE id = :id").param("id", id).update();
    }

    List<ArticleRow> page(ArticleFilter filter, Paging paging) {
        Where where = where(filter);
        return jdbc.sql("""
                        SELECT %s
                        FROM articles a
                        %s
                        ORDER BY a.created_at DESC, a.id DESC
                        LIMIT :limit OFFSET :offset""".formatted(LIST_COLUMNS, where.sql()))
                .params(where.params())
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(ArticleRow.class)
                .list();
    }

    long count(ArticleFilter filter) {
        Where where = where(filter);
        return jdbc.sql("SELECT count(*) FROM articles a " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /**
     * The feed: articles by the authors the reader follows. It reads the follows table of the profiles
     * module in the same statement (a documented exception, ADR 0002): a join is the only way to page
     * the feed without first loading every followed id.
     */
    List<ArticleRow> feedPage(long readerId, Paging paging) {
        return jdbc.sql("""
                        SELECT %s
                        FROM articles a
                        WHERE a.author_id IN (SELECT f.followee_id FROM follows f WHERE f.follower_id = :reader)
                        ORDER BY a.created_at DESC, a.id DESC
                        LIMIT :limit OFFSET :offset""".formatted(LIST_COLUMNS))
                .param("reader", readerId)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(ArticleRow.class)
                .list();
    }

    long feedCount(long readerId) {
        return jdbc.sql("""
                        SELECT count(*) FROM articles a
                        WHERE a.author_id IN (SELECT f.followee_id FROM follows f WHERE f.follower_id = :reader)""")
                .param("reader", readerId)
                .query(Long.class)
                .single();
    }

    /**
     * Only the clauses a filter needs, so each combination of filters gets its own plan instead of one
     * generic plan full of "IS NULL OR" branches.
     */
    private static Where where(ArticleFilter filter) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.authorId() != null) {
            clauses.add("a.author_id = :authorId");
            params.put("authorId", filter.authorId());
        }
        if (filter.tag() != null) {
            clauses.add("""
                    a.id IN (SELECT at.article_id FROM article_tags at
                             WHERE at.tag_id = (SELECT t.id FROM tags t WHERE t.name = :tag))""");
            params.put("tag", filter.tag());
        }
        if (filter.favoritedBy() != null) {
            clauses.add("a.id IN (SELECT fav.article_id FROM favorites fav WHERE fav.user_id = :favoritedBy)");
            params.put("favoritedBy", filter.favoritedBy());
        }
        return new Where(clauses.isEmpty() ? "" : "WHERE " + String.join(" AND ", clauses), params);
    }

    private record Where(String sql, Map<String, Object> params) {
    }
}
