package io.conduit.articles;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import io.conduit.platform.database.SqlArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FavoriteRepository {

    private final JdbcClient jdbc;

    FavoriteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Idempotent. The article's counter moves only when a row was really inserted, in the same
     * statement, so concurrent favorites can neither double-count nor miss.
     */
    boolean favorite(long userId, long articleId) {
        return 1 == jdbc.sql("""
                        WITH added AS (
                            INSERT INTO favorites (user_id, article_id) VALUES (:userId, :articleId)
                            ON CONFLICT DO NOTHING
                            RETURNING article_id)
                        UPDATE articles SET favorites_count = favorites_count + 1
                        WHERE id IN (SELECT article_id FROM added)""")
                .param("userId", userId)
                .param("articleId", articleId)
                .update();
    }

    void unfavorite(long userId, long articleId) {
        jdbc.sql("""
                        WITH removed AS (
                            DELETE FROM favorites WHERE user_id = :userId AND article_id = :articleId
                            RETURNING article_id)
                        UPDATE articles SET favorites_count = favorites_count - 1
                        WHERE id IN (SELECT article_id FROM removed)""")
                .param("userId", userId)
                .param("articleId", articleId)
                .update();
    }

    Set<Long> favoritedAmong(long userId, Collection<Long> articleIds) {
        return new HashSet<>(jdbc.sql("""
                        SELECT article_id FROM favorites WHERE user_id = :userId AND article_id = ANY(:ids)""")
                .param("userId", userId)
                .param("ids", SqlArrays.bigints(articleIds))
                .query(Long.class)
                .list());
    }
}
