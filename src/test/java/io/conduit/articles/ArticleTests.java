package io.conduit.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import io.conduit.support.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * POST, GET, PUT and DELETE /api/articles[/{slug}]. Jake and Anna each have an article; Anna follows
 * Jake and has favorited his article, so that every answer must be from the viewer's point of view.
 */
class ArticleTests extends ApiTest {

    static final String TIMESTAMP = "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$";

    TestUser jake;
    TestUser anna;
    String jakesArticle;
    String annasArticle;

    @BeforeEach
    void twoAuthorsTwoArticlesOneFollowOneFavorite() {
        jake = fixtures.register("jake");
        anna = fixtures.register("anna");
        jakesArticle = fixtures.publish(jake, "How to train your dragon", "training", "dragons");
        annasArticle = fixtures.publish(anna, "Angular in ten minutes", "angular");
        fixtures.follow(anna, jake);
        fixtures.favorite(anna, jakesArticle);
    }

    @Nested
    class Create {

        @Test
        void returns201WithTheArticleItsSlugSortedTagsAndTheAuthorsProfile() {
            Response response = api.post("/api/articles", """
                    {"article":{"title":"Fly with Dragons!","description":"Ever wonder how?",
                                "body":"You have to believe","tagList":["training","dragons","dragons"]}}""",
                    jake.token());

            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            assertThat(response.string("$.article.slug")).isEqualTo("fly-with-dragons");
            assertThat(response.string("$.article.title")).isEqualTo("Fly with Dragons!");
            assertThat(response.string("$.article.description")).isEqualTo("Ever wonder how?");
            assertThat(response.string("$.article.body")).isEqualTo("You have to believe");
            assertThat(response.<List<String>>json("$.article.tagList")).containsExactly("dragons", "training");
            assertThat(response.string("$.article.createdAt")).matches(TIMESTAMP);
            assertThat(response.string("$.article.updatedAt")).matches(TIMESTAMP);
            assertThat(response.<Boolean>json("$.article.favorited")).isFalse();
            assertThat(response.<Integer>json("$.article.favoritesCount")).isZero();
            assertThat(response.<Map<String, Object>>json("$.article.author")).containsExactlyInAnyOrderEntriesOf(
                    author("jake", false));
        }

        @Test
        void theCreatedArticleCanBeReadBackWithTheSameTags() {
            api.post("/api/articles", """
                    {"article":{"title":"Fly","description":"d","body":"b","tagList":[" zebra ","apple","zebra"]}}""",
                    jake.token());

            Response response = api.get("/api/articles/fly");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.<List<String>>json("$.article.tagList")).containsExactly("apple", "zebra");
        }

        @Test
        void withoutTagListHasAnEmptyTagList() {
            Response response = api.post("/api/articles", """
                    {"article":{"title":"No tags","description":"d","body":"b"}}""", jake.token());

            assertThat(response.status()).isEqualTo(201);
            assertThat(response.<List<String>>json("$.article.tagList")).isEmpty();
        }

        @Test
        void twoArticlesWithTheSameTitleBothSucceedWithDistinctSlugs() {
            String body = """
                    {"article":{"title":"Same title","description":"d","body":"b"}}""";

            Response first = api.post("/api/articles", body, jake.token());
            Response second = api.post("/api/articles", body, anna.token());

            assertThat(first.status()).isEqualTo(201);
            assertThat(second.status()).isEqualTo(201);
            assertThat(first.string("$.article.slug")).isEqualTo("same-title");
            assertThat(second.string("$.article.slug")).startsWith("same-title").isNotEqualTo("same-title");
            assertThat(api.get("/api/articles/" + second.string("$.article.slug")).string("$.article.author.username"))
                    .isEqualTo("anna");
        }

        @Test
        void concurrentArticlesWithTheSameTitleAllSucceedWithDistinctSlugs() throws Exception {
            ExecutorService executor = Executors.newFixedThreadPool(6);
            List<Future<Response>> futures = new ArrayList<>();
            try {
                for (int i = 0; i < 6; i++) {
                    TestUser author = i % 2 == 0 ? jake : anna;
                    futures.add(executor.submit(() -> api.post("/api/articles", """
                            {"article":{"title":"Race","description":"d","body":"b"}}""", author.token())));
                }
                List<String> slugs = new ArrayList<>();
                for (Future<Response> future : futures) {
                    Response response = future.get();
                    assertThat(response.status()).as(response.toString()).isEqualTo(201);
                    slugs.add(response.string("$.article.slug"));
                }
                assertThat(slugs).doesNotHaveDuplicates().allMatch(slug -> slug.startsWith("race")).contains("race");
            } finally {
                executor.shutdownNow();
            }
        }

        @Test
        void creatingWithoutTheArticleEnvelopeIs422() {
            Response response = api.post("/api/articles", "{}", jake.token());

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.body()).isEqualTo("{\"errors\":{\"article\":[\"can't be blank\"]}}");
        }

        @ParameterizedTest
        @ValueSource(strings = {"title", "description", "body"})
        void withABlankFieldIs422NamingTheField(String field) {
            String json = validArticle().replace("\"" + field + "\":\"x\"", "\"" + field + "\":\"  \"");

            Response response = api.post("/api/articles", json, jake.token());

            assertThat(response.status()).as(response.toString()).isEqualTo(422);
            assertThat(response.<List<String>>json("$.errors." + field)).containsExactly("can't be blank");
            assertThat(articlesCount()).isEqualTo(2);
        }

        @ParameterizedTest
        @ValueSource(strings = {"title", "description", "body"})
        void withAMissingFieldIs422NamingTheField(String field) {
            String json = validArticle().replace("\"" + field + "\":\"x\",", "");

            Response response = api.post("/api/articles", json, jake.token());

            assertThat(response.status()).as(response.toString()).isEqualTo(422);
            assertThat(response.<List<String>>json("$.errors." + field)).containsExactly("can't be blank");
        }

        @Test
        void withABlankTagIs422() {
            Response response = api.post("/api/articles", """
                    {"article":{"title":"t","description":"d","body":"b","tagList":["dragons"," "]}}""", jake.token());

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.<Map<String, Object>>json("$.errors")).containsOnlyKeys("tagList");
            assertThat(articlesCount()).isEqualTo(2);
        }

        @Test
        void creatingWithoutTokenIs401() {
            Response response = api.post("/api/articles", validArticle());

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.body()).isEqualTo("{\"errors\":{\"token\":[\"is missing\"]}}");
            assertThat(articlesCount()).isEqualTo(2);
        }

        private static String validArticle() {
            return """
                    {"article":{"title":"x","description":"x","body":"x","tagList":["dragons"]}}""";
        }
    }

    @Nested
    class Get {

        @Test
        void anonymousReaderSeesTheArticleWithBodyAndNeitherFavoritedNorFollowing() {
            Response response = api.get("/api/articles/" + jakesArticle);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.string("$.article.slug")).isEqualTo("how-to-train-your-dragon");
            assertThat(response.string("$.article.title")).isEqualTo("How to train your dragon");
            assertThat(response.string("$.article.description")).isEqualTo("About How to train your dragon");
            assertThat(response.string("$.article.body")).isEqualTo("All about How to train your dragon");
            assertThat(response.<List<String>>json("$.article.tagList")).containsExactly("dragons", "training");
            assertThat(response.string("$.article.createdAt")).matches(TIMESTAMP);
            assertThat(response.string("$.article.updatedAt")).matches(TIMESTAMP);
            assertThat(response.<Boolean>json("$.article.favorited")).isFalse();
            assertThat(response.<Integer>json("$.article.favoritesCount")).isEqualTo(1);
            assertThat(response.<Map<String, Object>>json("$.article.author"))
                    .containsExactlyInAnyOrderEntriesOf(author("jake", false));
        }

        @Test
        void aReaderWhoFavoritedAndFollowsSeesBothFlagsTrue() {
            Response response = api.get("/api/articles/" + jakesArticle, anna.token());

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.<Boolean>json("$.article.favorited")).isTrue();
            assertThat(response.<Integer>json("$.article.favoritesCount")).isEqualTo(1);
            assertThat(response.<Boolean>json("$.article.author.following")).isTrue();
        }

        @Test
        void theAuthorSeesTheFlagsOfHisOwnPointOfView() {
            Response response = api.get("/api/articles/" + jakesArticle, jake.token());

            assertThat(response.<Boolean>json("$.article.favorited")).isFalse();
            assertThat(response.<Integer>json("$.article.favoritesCount")).isEqualTo(1);
            assertThat(response.<Boolean>json("$.article.author.following")).isFalse();
        }

        @Test
        void anotherArticleIsNotFavoritedByTheReaderOfTheFirst() {
            Response response = api.get("/api/articles/" + annasArticle, anna.token());

            assertThat(response.<Boolean>json("$.article.favorited")).isFalse();
            assertThat(response.<Integer>json("$.article.favoritesCount")).isZero();
            assertThat(response.<Boolean>json("$.article.author.following")).isFalse();
        }

        @Test
        void readingAnUnknownSlugIs404() {
            Response response = api.get("/api/articles/no-such-article");

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.body()).isEqualTo("{\"errors\":{\"article\":[\"not found\"]}}");
        }

        @Test
        void anInvalidTokenIs401EvenThoughReadingNeedsNoToken() {
            Response response = api.get("/api/articles/" + jakesArticle, "not-a-jwt");

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.body()).isEqualTo("{\"errors\":{\"token\":[\"is invalid\"]}}");
        }
    }

    @Nested
    class Update {

        @Test
        void changingTheTitleChangesTheSlugAndTheOldSlugIs404() {
            Response response = api.put("/api/articles/" + jakesArticle, """
                    {"article":{"title":"Did you train your dragon?"}}""", jake.token());

            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(response.string("$.article.slug")).isEqualTo("did-you-train-your-dragon");
            assertThat(response.string("$.article.title")).isEqualTo("Did you train your dragon?");
            assertThat(response.string("$.article.body")).isEqualTo("All about How to train your dragon");
            assertThat(response.string("$.article.description")).isEqualTo("About How to train your dragon");
            assertThat(response.<List<String>>json("$.article.tagList")).containsExactly("dragons", "training");
            assertThat(api.get("/api/articles/" + jakesArticle).status()).isEqualTo(404);
            Response moved = api.get("/api/articles/did-you-train-your-dragon");
            assertThat(moved.status()).isEqualTo(200);
            assertThat(moved.string("$.article.title")).isEqualTo("Did you train your dragon?");
        }

        @Test
        void takingTheTitleOfAnotherArticleGivesADistinctSlug() {
            Response response = api.put("/api/articles/" + annasArticle, """
                    {"article":{"title":"How to train your dragon"}}""", anna.token());

            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(response.string("$.article.slug")).startsWith(jakesArticle).isNotEqualTo(jakesArticle);
            assertThat(api.get("/api/articles/" + jakesArticle).string("$.article.author.username")).isEqualTo("jake");
            String newSlug = response.string("$.article.slug");
            assertThat(api.get("/api/articles/" + newSlug).string("$.article.author.username")).isEqualTo("anna");
        }

        @Test
        void sendingTheSameTitleKeepsTheSlugAndCreatedAt() {
            String createdAt = api.get("/api/articles/" + jakesArticle).string("$.article.createdAt");

            Response response = api.put("/api/articles/" + jakesArticle, """
                    {"article":{"title":"How to train your dragon","body":"Again"}}""", jake.token());

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.string("$.article.slug")).isEqualTo(jakesArticle);
            assertThat(response.string("$.article.createdAt")).isEqualTo(createdAt);
            assertThat(response.string("$.article.updatedAt")).matches(TIMESTAMP).isGreaterThanOrEqualTo(createdAt);
        }

        @Test
        void changingOnlyTheBodyKeepsTitleSlugAndDescription() {
            Response response = api.put("/api/articles/" + jakesArticle, """
                    {"article":{"body":"With two hands"}}""", jake.token());

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.string("$.article.slug")).isEqualTo(jakesArticle);
            assertThat(response.string("$.article.title")).isEqualTo("How to train your dragon");
            assertThat(response.string("$.article.description")).isEqualTo("About How to train your dragon");
            assertThat(response.string("$.article.body")).isEqualTo("With two hands");
            assertThat(api.get("/api/articles/" + jakesArticle).string("$.article.body")).isEqualTo("With two hands");
        }

        @Test
        void answersFromTheAuthorsPointOfViewWithTheFavoritesOfOthers() {
            Response response = api.put("/api/articles/" + jakesArticle, """
                    {"article":{"description":"New description"}}""", jake.token());

            assertThat(response.string("$.article.description")).isEqualTo("New description");
            assertThat(response.<Boolean>json("$.article.favorited")).isFalse();
            assertThat(response.<Integer>json("$.article.favoritesCount")).isEqualTo(1);
            assertThat(response.string("$.article.updatedAt")).matches(TIMESTAMP);
            assertThat(response.<Map<String, Object>>json("$.article.author"))
                    .containsExactlyInAnyOrderEntriesOf(author("jake", false));
        }

        @Test
        void tagListReplacesTheTags() {
            Response response = api.put("/api/articles/" + jakesArticle, """
                    {"article":{"tagList":["flying","dragons","flying"]}}""", jake.token());

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.<List<String>>json("$.article.tagList")).containsExactly("dragons", "flying");
            assertThat(api.get("/api/articles/" + jakesArticle).<List<String>>json("$.article.tagList"))
                    .containsExactly("dragons", "flying");
        }

        @Test
        void anEmptyTagListClearsTheTags() {
            Response response = api.put("/api/articles/" + jakesArticle, """
                    {"article":{"tagList":[]}}""", jake.token());

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.<List<String>>json("$.article.tagList")).isEmpty();
            assertThat(api.get("/api/articles/" + jakesArticle).<List<String>>json("$.article.tagList")).isEmpty();
        }

        @Test
        void anOmittedTagListKeepsTheTags() {
            Response response = api.put("/api/articles/" + jakesArticle, """
                    {"article":{"title":"Renamed"}}""", jake.token());

            assertThat(response.<List<String>>json("$.article.tagList")).containsExactly("dragons", "training");
        }

        @Test
        void byAnotherUserIs403AndChangesNothing() {
            Response response = api.put("/api/articles/" + jakesArticle, """
                    {"article":{"title":"Hijacked"}}""", anna.token());

            assertThat(response.status()).isEqualTo(403);
            assertThat(response.body()).isEqualTo("{\"errors\":{\"article\":[\"forbidden\"]}}");
            assertThat(api.get("/api/articles/" + jakesArticle).string("$.article.title"))
                    .isEqualTo("How to train your dragon");
        }

        @Test
        void updatingAnUnknownSlugIs404() {
            Response response = api.put("/api/articles/no-such-article", """
                    {"article":{"title":"t"}}""", jake.token());

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.body()).isEqualTo("{\"errors\":{\"article\":[\"not found\"]}}");
        }

        @Test
        void updatingWithoutTokenIs401() {
            Response response = api.send("PUT", "/api/articles/" + jakesArticle, """
                    {"article":{"title":"t"}}""", null);

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.body()).isEqualTo("{\"errors\":{\"token\":[\"is missing\"]}}");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void aBlankTitleIs422(String title) {
            Response response = api.put("/api/articles/" + jakesArticle, """
                    {"article":{"title":"%s"}}""".formatted(title), jake.token());

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.body()).isEqualTo("{\"errors\":{\"title\":[\"can't be blank\"]}}");
            assertThat(api.get("/api/articles/" + jakesArticle).string("$.article.title"))
                    .isEqualTo("How to train your dragon");
        }

        @Test
        void updatingWithoutTheArticleEnvelopeIs422() {
            Response response = api.put("/api/articles/" + jakesArticle, "{}", jake.token());

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.body()).isEqualTo("{\"errors\":{\"article\":[\"can't be blank\"]}}");
        }

        @Test
        void aBlankTagIs422AndKeepsTheTags() {
            Response response = api.put("/api/articles/" + jakesArticle, """
                    {"article":{"tagList":[""]}}""", jake.token());

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.<Map<String, Object>>json("$.errors")).containsOnlyKeys("tagList");
            assertThat(api.get("/api/articles/" + jakesArticle).<List<String>>json("$.article.tagList"))
                    .containsExactly("dragons", "training");
        }
    }

    @Nested
    class Delete {

        @Test
        void returns204WithAnEmptyBodyAndTheArticleIsGone() {
            Response response = api.delete("/api/articles/" + jakesArticle, jake.token());

            assertThat(response.status()).isEqualTo(204);
            assertThat(response.body()).isEmpty();
            assertThat(api.get("/api/articles/" + jakesArticle).status()).isEqualTo(404);
            assertThat(api.get("/api/articles").<List<String>>json("$.articles[*].slug")).containsExactly(annasArticle);
        }

        @Test
        void takesItsCommentsAndFavoritesWithIt() {
            fixtures.comment(anna, jakesArticle, "Great read");
            fixtures.comment(jake, annasArticle, "Thanks");
            fixtures.favorite(jake, annasArticle);

            api.delete("/api/articles/" + jakesArticle, jake.token());

            assertThat(api.get("/api/articles/" + jakesArticle + "/comments").status()).isEqualTo(404);
            assertThat(jdbc.sql("SELECT count(*) FROM comments").query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM favorites").query(Long.class).single()).isEqualTo(1);
            Response favoritedByAnna = api.get("/api/articles?favorited=anna");
            assertThat(favoritedByAnna.<List<Object>>json("$.articles")).isEmpty();
            assertThat(favoritedByAnna.<Integer>json("$.articlesCount")).isZero();
            assertThat(api.get("/api/articles/" + annasArticle + "/comments").<List<String>>json("$.comments[*].body"))
                    .containsExactly("Thanks");
        }

        @Test
        void byAnotherUserIs403AndKeepsTheArticle() {
            Response response = api.delete("/api/articles/" + jakesArticle, anna.token());

            assertThat(response.status()).isEqualTo(403);
            assertThat(response.body()).isEqualTo("{\"errors\":{\"article\":[\"forbidden\"]}}");
            assertThat(api.get("/api/articles/" + jakesArticle).status()).isEqualTo(200);
        }

        @Test
        void deletingAnUnknownSlugIs404() {
            Response response = api.delete("/api/articles/no-such-article", jake.token());

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.body()).isEqualTo("{\"errors\":{\"article\":[\"not found\"]}}");
        }

        @Test
        void deletingWithoutTokenIs401() {
            Response response = api.delete("/api/articles/" + jakesArticle, null);

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.body()).isEqualTo("{\"errors\":{\"token\":[\"is missing\"]}}");
            assertThat(api.get("/api/articles/" + jakesArticle).status()).isEqualTo(200);
        }
    }

    private int articlesCount() {
        return api.get("/api/articles").json("$.articlesCount");
    }

    private static Map<String, Object> author(String username, boolean following) {
        Map<String, Object> author = new HashMap<>();
        author.put("username", username);
        author.put("bio", null);
        author.put("image", null);
        author.put("following", following);
        return author;
    }
}
