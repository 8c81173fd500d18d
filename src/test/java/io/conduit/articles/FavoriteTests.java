package io.conduit.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import io.conduit.support.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST and DELETE /api/articles/{slug}/favorite. Jake and Anna each have an article; Anna follows Jake;
 * Carl is a third reader.
 */
class FavoriteTests extends ApiTest {

    TestUser jake;
    TestUser anna;
    TestUser carl;
    String jakesArticle;
    String annasArticle;

    @BeforeEach
    void twoAuthorsAndAThirdReader() {
        jake = fixtures.register("jake");
        anna = fixtures.register("anna");
        carl = fixtures.register("carl");
        jakesArticle = fixtures.publish(jake, "How to train your dragon", "dragons");
        annasArticle = fixtures.publish(anna, "Angular in ten minutes", "angular");
        fixtures.follow(anna, jake);
    }

    @Test
    void favoritingAnswersTheArticleFavoritedFromTheViewersPointOfView() {
        Response response = favorite(anna, jakesArticle);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.string("$.article.slug")).isEqualTo(jakesArticle);
        assertThat(response.string("$.article.body")).isEqualTo("All about How to train your dragon");
        assertThat(response.<Boolean>json("$.article.favorited")).isTrue();
        assertThat(response.<Integer>json("$.article.favoritesCount")).isEqualTo(1);
        assertThat(response.string("$.article.author.username")).isEqualTo("jake");
        assertThat(response.<Boolean>json("$.article.author.following")).isTrue();
    }

    @Test
    void favoritingTwiceCountsOnce() {
        favorite(anna, jakesArticle);

        Response again = favorite(anna, jakesArticle);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.<Boolean>json("$.article.favorited")).isTrue();
        assertThat(again.<Integer>json("$.article.favoritesCount")).isEqualTo(1);
    }

    @Test
    void theCountReflectsEveryUserWhileFavoritedIsPerViewer() {
        favorite(anna, jakesArticle);
        Response byCarl = favorite(carl, jakesArticle);

        assertThat(byCarl.<Integer>json("$.article.favoritesCount")).isEqualTo(2);
        assertThat(byCarl.<Boolean>json("$.article.author.following")).isFalse();
        Response asJake = api.get("/api/articles/" + jakesArticle, jake.token());
        assertThat(asJake.<Boolean>json("$.article.favorited")).isFalse();
        assertThat(asJake.<Integer>json("$.article.favoritesCount")).isEqualTo(2);
        Response anonymous = api.get("/api/articles/" + jakesArticle);
        assertThat(anonymous.<Boolean>json("$.article.favorited")).isFalse();
        assertThat(anonymous.<Integer>json("$.article.favoritesCount")).isEqualTo(2);
        Response other = api.get("/api/articles/" + annasArticle, anna.token());
        assertThat(other.<Boolean>json("$.article.favorited")).isFalse();
        assertThat(other.<Integer>json("$.article.favoritesCount")).isZero();
    }

    @Test
    void unfavoritingAnswersTheArticleNoLongerFavoritedWithOneFavoriteLess() {
        favorite(anna, jakesArticle);
        favorite(carl, jakesArticle);

        Response response = unfavorite(anna, jakesArticle);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<Boolean>json("$.article.favorited")).isFalse();
        assertThat(response.<Integer>json("$.article.favoritesCount")).isEqualTo(1);
        assertThat(api.get("/api/articles/" + jakesArticle, carl.token()).<Boolean>json("$.article.favorited"))
                .isTrue();
    }

    @Test
    void unfavoritingAnArticleNotFavoritedKeepsTheCount() {
        favorite(carl, jakesArticle);

        Response response = unfavorite(anna, jakesArticle);
        Response again = unfavorite(anna, jakesArticle);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<Boolean>json("$.article.favorited")).isFalse();
        assertThat(response.<Integer>json("$.article.favoritesCount")).isEqualTo(1);
        assertThat(again.<Integer>json("$.article.favoritesCount")).isEqualTo(1);
    }

    @Test
    void concurrentFavoritesBySeveralUsersAllCountAndRepeatsCountOnce() throws Exception {
        List<TestUser> readers = IntStream.range(0, 8).mapToObj(i -> fixtures.register("reader" + i)).toList();

        List<Response> responses = concurrently(IntStream.range(0, 24)
                .<Supplier<Response>>mapToObj(i -> () -> favorite(readers.get(i % 8), jakesArticle)).toList());

        assertThat(responses).extracting(Response::status).containsOnly(200);
        assertThat(api.get("/api/articles/" + jakesArticle).<Integer>json("$.article.favoritesCount")).isEqualTo(8);
        assertThat(api.get("/api/articles?favorited=reader3").<List<String>>json("$.articles[*].slug"))
                .containsExactly(jakesArticle);
    }

    @Test
    void concurrentUnfavoritesNeverCountBelowTheRemainingFavorites() throws Exception {
        favorite(anna, jakesArticle);
        favorite(carl, jakesArticle);

        List<Response> responses = concurrently(IntStream.range(0, 12)
                .<Supplier<Response>>mapToObj(i -> () -> unfavorite(anna, jakesArticle)).toList());

        assertThat(responses).extracting(Response::status).containsOnly(200);
        assertThat(api.get("/api/articles/" + jakesArticle).<Integer>json("$.article.favoritesCount")).isEqualTo(1);
    }

    @Test
    void aBodySentWithTheRequestIsIgnored() {
        Response withJson = api.post("/api/articles/" + jakesArticle + "/favorite", """
                {"article":{"favorited":false,"favoritesCount":99}}""", anna.token());
        Response withGarbage = api.post("/api/articles/" + annasArticle + "/favorite", "not json", carl.token());
        Response unfavoriteWithBody = api.send("DELETE", "/api/articles/" + annasArticle + "/favorite",
                "{\"favorited\":true}", carl.token());

        assertThat(withJson.status()).as(withJson.toString()).isEqualTo(200);
        assertThat(withJson.<Boolean>json("$.article.favorited")).isTrue();
        assertThat(withJson.<Integer>json("$.article.favoritesCount")).isEqualTo(1);
        assertThat(withGarbage.status()).as(withGarbage.toString()).isEqualTo(200);
        assertThat(withGarbage.<Boolean>json("$.article.favorited")).isTrue();
        assertThat(unfavoriteWithBody.status()).as(unfavoriteWithBody.toString()).isEqualTo(200);
        assertThat(unfavoriteWithBody.<Boolean>json("$.article.favorited")).isFalse();
        assertThat(unfavoriteWithBody.<Integer>json("$.article.favoritesCount")).isZero();
    }

    @Test
    void favoritingWithoutTokenIs401() {
        Response response = api.post("/api/articles/" + jakesArticle + "/favorite", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"token\":[\"is missing\"]}}");
        assertThat(api.get("/api/articles/" + jakesArticle).<Integer>json("$.article.favoritesCount")).isZero();
    }

    @Test
    void unfavoritingWithoutTokenIs401() {
        favorite(anna, jakesArticle);

        Response response = api.delete("/api/articles/" + jakesArticle + "/favorite", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"token\":[\"is missing\"]}}");
        assertThat(api.get("/api/articles/" + jakesArticle).<Integer>json("$.article.favoritesCount")).isEqualTo(1);
    }

    @Test
    void favoritingAnUnknownArticleIs404() {
        Response response = favorite(anna, "no-such-article");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"article\":[\"not found\"]}}");
    }

    @Test
    void unfavoritingAnUnknownArticleIs404() {
        Response response = unfavorite(anna, "no-such-article");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"article\":[\"not found\"]}}");
    }

    private static List<Response> concurrently(List<Supplier<Response>> requests) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<Response>> futures = requests.stream().map(request -> executor.submit(request::get)).toList();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            executor.shutdownNow();
        }
    }

    private Response favorite(TestUser user, String slug) {
        return api.post("/api/articles/" + slug + "/favorite", null, user.token());
    }

    private Response unfavorite(TestUser user, String slug) {
        return api.delete("/api/articles/" + slug + "/favorite", user.token());
    }
}
