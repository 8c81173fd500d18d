package io.conduit.articles;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.conduit.platform.web.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ArticleRepository {

    private static final String LIST_COLUMNS = """
            a.id, a.slug, a.title, a.description, NULL AS body, a.author_id, a.favorites_count,
            a.created_at, a.updated_at""";
    private static final String ALL_COLUMNS =
            "id, slug, title, description, body, author_id, favorites_count, created_at, updated_at";

    /** Inserts the article and counts it for its author, in one statement; nothing when the slug is taken. */
    private static final String INSERT = """
            WITH inserted AS (
                INSERT INTO articles (author_id, slug, title, description, body)
                VALUES (:authorId, :slug, :title, :description, :body)
                ON CONFLICT (slug) DO NOTHING
                RETURNING %s),
            counted AS (
                INSERT INTO author_article_counts (author_id, articles) SELECT author_id, 1 FROM inserted
                ON CONFLICT (author_id) DO UPDATE SET articles = author_article_counts.articles + 1)
            SELECT * FROM inserted""".formatted(ALL_COLUMNS);

    /*
     * The newest articles of each followed author first (at most a page and its offset from each, read
     * from the (author_id, created_at) index), then the page from those. Filtering the global
     * newest-first list by "is the author followed" read thousands of articles for a page of 20, more
     * the larger the site; this reads at most followees x (offset + limit), whatever the size of the
     * articles table.
     */
    private static final String FEED_PAGE = """
            SELECT a.*
            FROM follows f
            CROSS JOIN LATERAL (
                SELECT %s
                FROM articles a
                WHERE a.author_id = f.followee_id
                ORDER BY a.created_at DESC, a.id DESC
                LIMIT :window) a
            WHERE f.follower_id = :reader
            ORDER BY a.created_at DESC, a.id DESC
            LIMIT :limit OFFSET :offset""".formatted(LIST_COLUMNS);

    /* Columns read by name, written out: the reflective record mapper tries each camel-case name first and
       pays for a driver exception on every miss, a few per cent of the CPU of a list page. */
    private static final RowMapper<ArticleRow> ARTICLE_ROW = (rs, rowNum) -> new ArticleRow(
            rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("description"),
            rs.getString("body"), rs.getLong("author_id"), rs.getInt("favorites_count"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the slug is taken; empty when it is, so the caller can try another slug. */
    Optional<ArticleRow> insert(long authorId, String slug, String title, String description, String body) {
        return jdbc.sql(INSERT)
                .param("authorId", authorId)
                .param("slug", slug)
                .param("title", title)
                .param("description", description)
                .param("body", body)
                .query(ARTICLE_ROW)
                .optional();
    }

    Optional<ArticleRow> findBySlug(String slug) {
        return jdbc.sql("SELECT %s FROM articles WHERE slug = :slug".formatted(ALL_COLUMNS))
                .param("slug", slug)
                .query(ARTICLE_ROW)
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
                .query(ARTICLE_ROW)
                .optional();
    }

    void delete(long id) {
        jdbc.sql("""
                        WITH removed AS (DELETE FROM articles WHERE id = :id RETURNING author_id)
                        UPDATE author_article_counts c SET articles = c.articles - 1
                        FROM removed WHERE c.author_id = removed.author_id""")
                .param("id", id)
                .update();
    }

    /**
     * A page of the list, newest first. With a tag, the rows come from the tag's index in page order
     * (article_tags carries each article's creation time), so a popular tag costs no more than a rare
     * one; without, from the articles' own creation-time index.
     */
    List<ArticleRow> page(ArticleFilter filter, Paging paging) {
        Where where = where(filter);
        String sql = filter.tag() == null
                ? """
                  SELECT %s
                  FROM articles a
                  %s
                  ORDER BY a.created_at DESC, a.id DESC
                  LIMIT :limit OFFSET :offset""".formatted(LIST_COLUMNS, where.sql())
                : """
                  SELECT %s
                  FROM article_tags at JOIN articles a ON a.id = at.article_id
                  %s
                  ORDER BY at.article_created_at DESC, at.article_id DESC
                  LIMIT :limit OFFSET :offset""".formatted(LIST_COLUMNS, where.sql());
        return jdbc.sql(sql)
                .params(where.params())
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(ARTICLE_ROW)
                .list();
    }

    long count(ArticleFilter filter) {
        Where where = where(filter);
        String from = filter.tag() == null ? "articles a " : "article_tags at JOIN articles a ON a.id = at.article_id ";
        if (filter.tag() != null && filter.authorId() == null && filter.favoritedBy() == null) {
            // The tag alone: an index-only count, no join.
            from = "article_tags at ";
        }
        return jdbc.sql("SELECT count(*) FROM " + from + where.sql())
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
        return jdbc.sql(FEED_PAGE)
                .param("reader", readerId)
                .param("window", (long) paging.limit() + paging.offset())
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(ARTICLE_ROW)
                .list();
    }

    /** The sum of the followed authors' article counts: one row per followed author, not per article. */
    long feedCount(long readerId) {
        return jdbc.sql("""
                        SELECT coalesce(sum(c.articles), 0) FROM follows f
                        JOIN author_article_counts c ON c.author_id = f.followee_id
                        WHERE f.follower_id = :reader""")
                .param("reader", readerId)
                .query(Long.class)
                .single();
    }

    /**
     * Only the clauses a filter needs, so each combination of filters gets its own plan instead of one
     * generic plan full of "IS NULL OR" branches. The tag clause is on {@code at}, which the tag
     * queries join.
     */
    private static Where where(ArticleFilter filter) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.tag() != null) {
            clauses.add("at.tag_id = (SELECT t.id FROM tags t WHERE t.name = :tag)");
            params.put("tag", filter.tag());
        }
        if (filter.authorId() != null) {
            clauses.add("a.author_id = :authorId");
            params.put("authorId", filter.authorId());
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
