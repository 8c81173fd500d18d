package io.conduit.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlStatementMetricsTests {

    @Test
    void namesAStatementByItsVerbAndFirstTable() {
        assertThat(SqlStatementMetrics.statementName("SELECT id FROM articles WHERE slug = ?"))
                .isEqualTo("select articles");
        assertThat(SqlStatementMetrics.statementName("""
                INSERT INTO favorites (user_id, article_id)
                VALUES (?, ?) ON CONFLICT DO NOTHING"""))
                .isEqualTo("insert favorites");
        assertThat(SqlStatementMetrics.statementName("UPDATE articles SET favorites_count = favorites_count + 1"))
                .isEqualTo("update articles");
        assertThat(SqlStatementMetrics.statementName("DELETE FROM article_tags WHERE article_id = ?"))
                .isEqualTo("delete article_tags");
    }

    @Test
    void namesAStatementWithoutTableByItsVerb() {
        assertThat(SqlStatementMetrics.statementName("  select 1")).isEqualTo("select");
        assertThat(SqlStatementMetrics.statementName("")).isEqualTo("other");
    }
}
