package io.conduit.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import io.conduit.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The load-test dataset: the sizes the scale promises, consistent, repeatable, and usable through the API. */
class DatasetGeneratorTests extends ApiTest {

    private static final double SCALE = 0.02;

    @Autowired
    private DataSource dataSource;

    @Test
    void writesTheRowCountsOfTheScale() throws Exception {
        generate(42);

        assertThat(count("users")).isEqualTo(200);
        assertThat(count("articles")).isEqualTo(1_000);
        assertThat(count("tags")).isEqualTo(500);
        assertThat(count("follows")).isEqualTo(4_000);
        assertThat(count("favorites")).isEqualTo(10_000);
        assertThat(count("comments")).isEqualTo(3_000);
        assertThat(jdbc.sql("SELECT min(n) || '-' || max(n) FROM (SELECT count(*) AS n FROM article_tags GROUP BY article_id) c")
                .query(String.class).single()).isEqualTo("1-5");
    }

    @Test
    void keepsFavoriteCountsInStepWithTheFavorites() throws Exception {
        generate(42);

        assertThat(jdbc.sql("""
                SELECT count(*) FROM articles a
                WHERE a.favorites_count <> (SELECT count(*) FROM favorites f WHERE f.article_id = a.id)""")
                .query(Long.class).single()).isZero();
    }

    @Test
    void skewsAttentionTowardsAFewAuthorsAndArticles() throws Exception {
        generate(42);

        // Uniform picks would give the top tenth a tenth of the rows.
        assertThat(share("follows", "followee_id", 20)).isGreaterThan(0.3);
        assertThat(share("favorites", "article_id", 100)).isGreaterThan(0.3);
    }

    @Test
    void givesTheSameRowsForTheSameSeedAndOthersForAnother() throws Exception {
        generate(42);
        String first = fingerprint();
        generate(42);
        String again = fingerprint();
        generate(7);
        String other = fingerprint();

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void letsEveryUserSignInWithTheKnownPassword() throws Exception {
        generate(42);

        for (int n : new int[] {1, 137, 200}) {
            assertThat(api.post("/api/users/login", """
                    {"user":{"email":"user%d@%s","password":"%s"}}"""
                    .formatted(n, DatasetGenerator.EMAIL_DOMAIN, DatasetGenerator.PASSWORD)).status()).isEqualTo(200);
        }
        assertThat(api.get("/api/articles?limit=5").<Integer>json("$.articlesCount")).isEqualTo(1_000);
        // New rows get ids after the generated ones.
        assertThat(fixtures.register("newcomer").token()).isNotBlank();
    }

    private void generate(long seed) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            new DatasetGenerator(SCALE, seed, 4).fill(connection);
        }
        forgetCaches();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    /** The share of the rows of a table that goes to its {@code top} most frequent values of a column. */
    private double share(String table, String column, int top) {
        return jdbc.sql("""
                SELECT sum(n)::float / (SELECT count(*) FROM %1$s) FROM (
                  SELECT count(*) AS n FROM %1$s GROUP BY %2$s ORDER BY n DESC LIMIT %3$d) t"""
                .formatted(table, column, top)).query(Double.class).single();
    }

    private String fingerprint() {
        return jdbc.sql("""
                SELECT md5((SELECT string_agg(id || username || coalesce(bio, ''), ',' ORDER BY id) FROM users)
                        || (SELECT string_agg(id || slug || author_id || body || created_at, ',' ORDER BY id) FROM articles)
                        || (SELECT string_agg(follower_id || '>' || followee_id, ',' ORDER BY follower_id, followee_id) FROM follows)
                        || (SELECT string_agg(user_id || '>' || article_id, ',' ORDER BY user_id, article_id) FROM favorites)
                        || (SELECT string_agg(id || body || article_id, ',' ORDER BY id) FROM comments))""")
                .query(String.class).single();
    }
}
