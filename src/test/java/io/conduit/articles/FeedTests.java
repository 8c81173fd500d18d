package io.conduit.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import io.conduit.support.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/articles/feed. Anna follows Jake and Carl, Carl follows Anna, Jake follows nobody. Five
 * articles, published in this order: jake-one, anna-one, carl-one, jake-two, carl-two. Anna likes
 * "jake-two", Carl likes "carl-one" (his own).
 */
class FeedTests extends ApiTest {

    TestUser jake;
    TestUser anna;
    TestUser carl;

    @BeforeEach
    void threeAuthorsSomeFollows() {
        jake = fixtures.register("jake");
        anna = fixtures.register("anna");
        carl = fixtures.register("carl");
        fixtures.publish(jake, "Jake one", "dragons");
        fixtures.publish(anna, "Anna one");
        fixtures.publish(carl, "Carl one", "training", "dragons");
        fixtures.publish(jake, "Jake two");
        fixtures.publish(carl, "Carl two");
        fixtures.follow(anna, jake);
        fixtures.follow(anna, carl);
        fixtures.follow(carl, anna);
        fixtures.favorite(anna, "jake-two");
        fixtures.favorite(carl, "carl-one");
    }

    @Test
    void holdsOnlyTheArticlesOfFollowedAuthorsNewestFirst() {
        Response response = api.get("/api/articles/feed", anna.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(slugs(response)).containsExactly("carl-two", "jake-two", "carl-one", "jake-one");
        assertThat(response.<Integer>json("$.articlesCount")).isEqualTo(4);
    }

    @Test
    void isPersonal() {
        Response response = api.get("/api/articles/feed", carl.token());

        assertThat(slugs(response)).containsExactly("anna-one");
        assertThat(response.<Integer>json("$.articlesCount")).isEqualTo(1);
    }

    @Test
    void itemsHaveNoBodyAndFlagsFromTheReadersPointOfView() {
        Response response = api.get("/api/articles/feed", anna.token());

        List<Map<String, Object>> articles = response.json("$.articles");
        assertThat(articles).allSatisfy(article -> assertThat(article).doesNotContainKey("body")
                .containsKeys("slug", "title", "description", "tagList", "createdAt", "updatedAt", "favorited",
                        "favoritesCount", "author"));
        assertThat(response.<List<Boolean>>json("$.articles[*].author.following")).containsOnly(true);
        assertThat(response.<List<Boolean>>json("$.articles[*].favorited")).containsExactly(false, true, false, false);
        assertThat(response.<List<Integer>>json("$.articles[*].favoritesCount")).containsExactly(0, 1, 1, 0);
        assertThat(response.<List<String>>json("$.articles[2].tagList")).containsExactly("dragons", "training");
    }

    @Test
    void limitAndOffsetPageTheFeedAndArticlesCountStaysTheTotal() {
        Response response = api.get("/api/articles/feed?limit=2&offset=1", anna.token());

        assertThat(slugs(response)).containsExactly("jake-two", "carl-one");
        assertThat(response.<Integer>json("$.articlesCount")).isEqualTo(4);
        Response beyond = api.get("/api/articles/feed?offset=4", anna.token());
        assertThat(slugs(beyond)).isEmpty();
        assertThat(beyond.<Integer>json("$.articlesCount")).isEqualTo(4);
    }

    @Test
    void pagesFarIntoTheFeedOfOneProlificAuthorStillInterleaveTheOthers() {
        for (int i = 1; i <= 6; i++) {
            fixtures.publish(jake, "More " + i);
        }
        fixtures.publish(carl, "Carl three");
        List<String> whole = slugs(api.get("/api/articles/feed?limit=20", anna.token()));

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < whole.size(); offset += 3) {
            paged.addAll(slugs(api.get("/api/articles/feed?limit=3&offset=" + offset, anna.token())));
        }

        assertThat(whole).containsExactly("carl-three", "more-6", "more-5", "more-4", "more-3", "more-2", "more-1",
                "carl-two", "jake-two", "carl-one", "jake-one");
        assertThat(paged).isEqualTo(whole);
    }

    @Test
    void theDefaultPageHoldsTwentyArticles() {
        for (int i = 1; i <= 17; i++) {
            fixtures.publish(jake, "More " + i);
        }

        Response response = api.get("/api/articles/feed", anna.token());

        assertThat(slugs(response)).hasSize(20).startsWith("more-17").endsWith("carl-one");
        assertThat(response.<Integer>json("$.articlesCount")).isEqualTo(21);
    }

    @Test
    void anEmptyFeedIsAnEmptyListWithCountZero() {
        Response response = api.get("/api/articles/feed", jake.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"articles\":[],\"articlesCount\":0}");
    }

    @Test
    void unfollowingAnAuthorTakesHisArticlesOutOfTheFeed() {
        Response unfollow = api.delete("/api/profiles/jake/follow", anna.token());
        assertThat(unfollow.status()).isEqualTo(200);

        assertThat(slugs(api.get("/api/articles/feed", anna.token()))).containsExactly("carl-two", "carl-one");
    }

    @Test
    void withoutTokenIs401() {
        Response response = api.get("/api/articles/feed");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"token\":[\"is missing\"]}}");
    }

    @Test
    void withAnInvalidTokenIs401() {
        Response response = api.get("/api/articles/feed", "not-a-jwt");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"token\":[\"is invalid\"]}}");
    }

    @Test
    void anInvalidLimitIs422() {
        Response response = api.get("/api/articles/feed?limit=0", anna.token());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.<Map<String, Object>>json("$.errors")).containsOnlyKeys("limit");
    }

    @Test
    void anInvalidOffsetIs422() {
        Response response = api.get("/api/articles/feed?offset=-1", anna.token());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.<Map<String, Object>>json("$.errors")).containsOnlyKeys("offset");
    }

    private static List<String> slugs(Response response) {
        return response.json("$.articles[*].slug");
    }
}
