package io.conduit.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import io.conduit.support.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GET /api/articles. Five articles by three authors, published in this order (so the newest is
 * "carl-one"); Anna follows Jake, Carl follows Anna; favorites: Anna and Carl like "jake-one", Carl
 * likes "anna-two", Jake likes "anna-one".
 */
class ArticleListTests extends ApiTest {

    TestUser jake;
    TestUser anna;
    TestUser carl;

    @BeforeEach
    void threeAuthorsFiveArticles() {
        jake = fixtures.register("jake");
        anna = fixtures.register("anna");
        carl = fixtures.register("carl");
        fixtures.publish(jake, "Jake one", "dragons");
        fixtures.publish(anna, "Anna one", "training");
        fixtures.publish(jake, "Jake two", "training", "dragons");
        fixtures.publish(anna, "Anna two");
        fixtures.publish(carl, "Carl one", "dragons");
        fixtures.follow(anna, jake);
        fixtures.follow(carl, anna);
        fixtures.favorite(anna, "jake-one");
        fixtures.favorite(carl, "jake-one");
        fixtures.favorite(carl, "anna-two");
        fixtures.favorite(jake, "anna-one");
    }

    @Test
    void listsAllArticlesNewestFirstWithTheTotalCount() {
        Response response = api.get("/api/articles");

        assertThat(response.status()).isEqualTo(200);
        assertThat(slugs(response)).containsExactly("carl-one", "anna-two", "jake-two", "anna-one", "jake-one");
        assertThat(response.<Integer>json("$.articlesCount")).isEqualTo(5);
    }

    @Test
    void listItemsCarryEveryArticleFieldButTheBody() {
        Response response = api.get("/api/articles");

        List<Map<String, Object>> articles = response.json("$.articles");
        assertThat(articles).allSatisfy(article -> assertThat(article).containsOnlyKeys(
                "slug", "title", "description", "tagList", "createdAt", "updatedAt", "favorited", "favoritesCount",
                "author"));
        assertThat(response.<Map<String, Object>>json("$.articles[2]")).containsEntry("slug", "jake-two")
                .containsEntry("title", "Jake two")
                .containsEntry("description", "About Jake two")
                .containsEntry("tagList", List.of("dragons", "training"))
                .containsEntry("favoritesCount", 0);
        assertThat(response.string("$.articles[2].createdAt")).matches(ArticleTests.TIMESTAMP);
        assertThat(response.string("$.articles[2].updatedAt")).matches(ArticleTests.TIMESTAMP);
        assertThat(response.<Map<String, Object>>json("$.articles[2].author")).containsOnlyKeys(
                "username", "bio", "image", "following").containsEntry("username", "jake");
    }

    @Test
    void limitCutsThePageButArticlesCountStaysTheTotal() {
        Response response = api.get("/api/articles?limit=2");

        assertThat(slugs(response)).containsExactly("carl-one", "anna-two");
        assertThat(response.<Integer>json("$.articlesCount")).isEqualTo(5);
    }

    @Test
    void offsetSkipsTheNewestArticles() {
        assertThat(slugs(api.get("/api/articles?limit=2&offset=2"))).containsExactly("jake-two", "anna-one");
        assertThat(slugs(api.get("/api/articles?offset=4"))).containsExactly("jake-one");
        Response beyond = api.get("/api/articles?offset=10");
        assertThat(slugs(beyond)).isEmpty();
        assertThat(beyond.<Integer>json("$.articlesCount")).isEqualTo(5);
    }

    @Test
    void theDefaultPageHoldsTwentyArticles() {
        for (int i = 1; i <= 17; i++) {
            fixtures.publish(jake, "More " + i);
        }

        Response response = api.get("/api/articles");

        assertThat(slugs(response)).hasSize(20).startsWith("more-17").endsWith("jake-two");
        assertThat(response.<Integer>json("$.articlesCount")).isEqualTo(22);
        assertThat(slugs(api.get("/api/articles?offset=20"))).containsExactly("anna-one", "jake-one");
    }

    @Test
    void filtersByTag() {
        Response response = api.get("/api/articles?tag=dragons");

        assertThat(slugs(response)).containsExactly("carl-one", "jake-two", "jake-one");
        assertThat(response.<Integer>json("$.articlesCount")).isEqualTo(3);
    }

    @Test
    void filtersByAuthor() {
        Response response = api.get("/api/articles?author=jake");

        assertThat(slugs(response)).containsExactly("jake-two", "jake-one");
        assertThat(response.<Integer>json("$.articlesCount")).isEqualTo(2);
    }

    @Test
    void filtersByTheUserWhoFavorited() {
        Response response = api.get("/api/articles?favorited=carl");

        assertThat(slugs(response)).containsExactly("anna-two", "jake-one");
        assertThat(response.<Integer>json("$.articlesCount")).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tag=dragons&author=jake                 | jake-two,jake-one | 2
            tag=dragons&favorited=anna              | jake-one          | 1
            author=jake&favorited=carl              | jake-one          | 1
            author=anna&favorited=jake&tag=training | anna-one          | 1
            author=carl&favorited=anna              |                   | 0
            tag=training&limit=1&offset=1           | anna-one          | 2
            """)
    void filtersCombineAndThePagingAppliesToTheFilteredList(String query, String expectedSlugs, int count) {
        Response response = api.get("/api/articles?" + query);

        assertThat(slugs(response)).containsExactly(expectedSlugs == null ? new String[0] : expectedSlugs.split(","));
        assertThat(response.<Integer>json("$.articlesCount")).isEqualTo(count);
    }

    @ParameterizedTest
    @CsvSource({"author=nobody", "favorited=nobody", "tag=nothing"})
    void anUnknownUserOrTagMatchesNothing(String query) {
        Response response = api.get("/api/articles?" + query);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"articles\":[],\"articlesCount\":0}");
    }

    @Test
    void anonymousReadersSeeNothingFavoritedNorFollowed() {
        Response response = api.get("/api/articles");

        assertThat(response.<List<Boolean>>json("$.articles[*].favorited")).containsOnly(false);
        assertThat(response.<List<Boolean>>json("$.articles[*].author.following")).containsOnly(false);
        assertThat(response.<List<Integer>>json("$.articles[*].favoritesCount")).containsExactly(0, 1, 0, 1, 2);
    }

    @Test
    void favoritedAndFollowingAreFromTheViewersPointOfView() {
        Response asAnna = api.get("/api/articles", anna.token());
        Response asCarl = api.get("/api/articles", carl.token());
        Response asJake = api.get("/api/articles", jake.token());

        // carl-one, anna-two, jake-two, anna-one, jake-one
        assertThat(asAnna.<List<Boolean>>json("$.articles[*].favorited"))
                .containsExactly(false, false, false, false, true);
        assertThat(asAnna.<List<Boolean>>json("$.articles[*].author.following"))
                .containsExactly(false, false, true, false, true);
        assertThat(asCarl.<List<Boolean>>json("$.articles[*].favorited"))
                .containsExactly(false, true, false, false, true);
        assertThat(asCarl.<List<Boolean>>json("$.articles[*].author.following"))
                .containsExactly(false, true, false, true, false);
        assertThat(asJake.<List<Boolean>>json("$.articles[*].favorited"))
                .containsExactly(false, false, false, true, false);
        assertThat(asJake.<List<Boolean>>json("$.articles[*].author.following")).containsOnly(false);
        assertThat(asJake.<List<Integer>>json("$.articles[*].favoritesCount")).containsExactly(0, 1, 0, 1, 2);
    }

    @Test
    void theFavoritedFilterKeepsTheViewersFlags() {
        Response response = api.get("/api/articles?favorited=carl", anna.token());

        assertThat(slugs(response)).containsExactly("anna-two", "jake-one");
        assertThat(response.<List<Boolean>>json("$.articles[*].favorited")).containsExactly(false, true);
        assertThat(response.<List<Boolean>>json("$.articles[*].author.following")).containsExactly(false, true);
    }

    @ParameterizedTest
    @CsvSource({"limit=0, limit", "limit=-1, limit", "offset=-1, offset", "limit=abc, limit", "offset=abc, offset"})
    void anInvalidLimitOrOffsetIs422NamingTheParameter(String query, String parameter) {
        Response response = api.get("/api/articles?" + query);

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.<Map<String, Object>>json("$.errors")).containsOnlyKeys(parameter);
    }

    @Test
    void aPresentButInvalidTokenIs401() {
        Response response = api.get("/api/articles", "not-a-jwt");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"token\":[\"is invalid\"]}}");
    }

    @Test
    void manyReadsInARowDoNotHoldOnToDatabaseConnections() {
        for (int i = 0; i < 50; i++) {
            Response response = api.get("/api/articles?limit=1", i % 2 == 0 ? null : anna.token());
            assertThat(response.status()).as("request %d: %s", i, response).isEqualTo(200);
        }
    }

    private static List<String> slugs(Response response) {
        return response.json("$.articles[*].slug");
    }
}
