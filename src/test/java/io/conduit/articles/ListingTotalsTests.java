package io.conduit.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.conduit.support.ApiTest;
import io.conduit.support.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The totals and the tag list are cached (ListingCache), yet every answer reflects the writes before
 * it: a reader never sees a total or a tag list older than their own last publish, edit or delete.
 */
class ListingTotalsTests extends ApiTest {

    private TestUser ada;
    private TestUser bob;

    @BeforeEach
    void twoArticles() {
        ada = fixtures.register("ada");
        bob = fixtures.register("bob");
        fixtures.publish(ada, "First steps", "java");
        fixtures.publish(bob, "Second steps", "java", "sql");
        fixtures.follow(bob, ada);
        readAllTotals();
    }

    @Test
    void aPublishShowsInTheTotalTheTagTotalsAndTheTagsAtOnce() {
        fixtures.publish(ada, "Third steps", "sql", "caching");

        assertThat(total("/api/articles")).isEqualTo(3);
        assertThat(total("/api/articles?tag=sql")).isEqualTo(2);
        assertThat(total("/api/articles?tag=java")).isEqualTo(2);
        assertThat(total("/api/articles?tag=caching")).isEqualTo(1);
        assertThat(tags()).containsExactly("caching", "java", "sql");
        assertThat(feedTotal(bob)).isEqualTo(2);
    }

    @Test
    void aDeleteShowsAtOnce() {
        String slug = fixtures.publish(ada, "Short lived", "ephemeral");
        readAllTotals();

        assertThat(api.delete("/api/articles/" + slug, ada.token()).status()).isEqualTo(204);

        assertThat(total("/api/articles")).isEqualTo(2);
        assertThat(total("/api/articles?tag=ephemeral")).isZero();
        assertThat(tags()).containsExactly("java", "sql");
        assertThat(feedTotal(bob)).isEqualTo(1);
    }

    @Test
    void aChangeOfTagsShowsAtOnce() {
        String slug = api.get("/api/articles?author=ada").string("$.articles[0].slug");

        api.put("/api/articles/" + slug, """
                {"article":{"tagList":["rewritten"]}}""", ada.token());

        assertThat(total("/api/articles?tag=java")).isEqualTo(1);
        assertThat(total("/api/articles?tag=rewritten")).isEqualTo(1);
        assertThat(tags()).containsExactly("java", "rewritten", "sql");
    }

    @Test
    void aTagPageIsNewestFirstLikeTheGlobalList() {
        fixtures.publish(bob, "Third steps", "java");

        assertThat(api.get("/api/articles?tag=java").<List<String>>json("$.articles[*].title"))
                .containsExactly("Third steps", "Second steps", "First steps");
        assertThat(api.get("/api/articles?tag=java&limit=1&offset=1").<List<String>>json("$.articles[*].title"))
                .containsExactly("Second steps");
    }

    /** Fills the caches, so that the assertions after a write would see stale entries if any were kept. */
    private void readAllTotals() {
        total("/api/articles");
        total("/api/articles?tag=java");
        total("/api/articles?tag=sql");
        total("/api/articles?tag=caching");
        total("/api/articles?tag=ephemeral");
        tags();
    }

    private int total(String list) {
        return api.get(list).json("$.articlesCount");
    }

    private int feedTotal(TestUser reader) {
        return api.get("/api/articles/feed", reader.token()).json("$.articlesCount");
    }

    private List<String> tags() {
        return api.get("/api/tags").json("$.tags");
    }
}
