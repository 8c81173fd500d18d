package io.conduit.comments;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CommentRepository {

    private static final String COLUMNS = "id, article_id, author_id, body, created_at, updated_at";

    /* Columns read by name, written out: the reflective record mapper tries each camel-case name first and
       pays for a driver exception on every miss, a few per cent of the CPU of a list page. */
    private static final RowMapper<CommentRow> COMMENT_ROW = (rs, rowNum) -> new CommentRow(
            rs.getLong("id"), rs.getLong("article_id"), rs.getLong("author_id"), rs.getString("body"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CommentRow insert(long articleId, long authorId, String body) {
        return jdbc.sql("""
                        INSERT INTO comments (article_id, author_id, body) VALUES (:articleId, :authorId, :body)
                        RETURNING %s""".formatted(COLUMNS))
                .param("articleId", articleId)
                .param("authorId", authorId)
                .param("body", body)
                .query(COMMENT_ROW)
                .single();
    }

    /** Newest first: the order in which RealWorld front ends show a thread, prepending new comments. */
    List<CommentRow> ofArticle(long articleId) {
        return jdbc.sql("""
                        SELECT %s FROM comments WHERE article_id = :articleId
                        ORDER BY created_at DESC, id DESC""".formatted(COLUMNS))
                .param("articleId", articleId)
                .query(COMMENT_ROW)
                .list();
    }

    Optional<CommentRow> find(long articleId, long commentId) {
        return jdbc.sql("SELECT %s FROM comments WHERE id = :id AND article_id = :articleId".formatted(COLUMNS))
                .param("id", commentId)
                .param("articleId", articleId)
                .query(COMMENT_ROW)
                .optional();
    }

    void delete(long commentId) {
        jdbc.sql("DELETE FROM comments WHERE id = :id").param("id", commentId).update();
    }
}
