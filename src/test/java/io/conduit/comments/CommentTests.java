package io.conduit.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import io.conduit.support.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET, POST and DELETE /api/articles/{slug}/comments[/{id}]. Jake's article has a comment by Jake, then
 * one by Anna; Anna's article has one by Carl. Anna follows Jake, Carl follows Anna; Anna likes
 * Jake's article.
 */
class CommentTests extends ApiTest {

    static final String TIMESTAMP = "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$";

    TestUser jake;
    TestUser anna;
    TestUser carl;
    String jakesArticle;
    String annasArticle;
    int jakesComment;
    int annasComment;
    int carlsComment;

    @BeforeEach
    void twoArticlesThreeComments() {
        jake = fixtures.register("jake");
        anna = fixtures.register("anna");
        carl = fixtures.register("carl");
        jakesArticle = fixtures.publish(jake, "How to train your dragon", "dragons");
        annasArticle = fixtures.publish(anna, "Angular in ten minutes", "angular");
        fixtures.follow(anna, jake);
        fixtures.follow(carl, anna);
        fixtures.favorite(anna, jakesArticle);
        jakesComment = fixtures.comment(jake, jakesArticle, "First!");
        annasComment = fixtures.comment(anna, jakesArticle, "Great read");
        carlsComment = fixtures.comment(carl, annasArticle, "Too short");
    }

    @Test
    void anonymousReadersGetTheCommentsOfTheArticleNewestFirst() {
        Response response = api.get(comments(jakesArticle));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<List<Integer>>json("$.comments[*].id")).containsExactly(annasComment, jakesComment);
        assertThat(response.<List<String>>json("$.comments[*].body")).containsExactly("Great read", "First!");
        assertThat(response.<List<String>>json("$.comments[*].author.username")).containsExactly("anna", "jake");
        assertThat(response.<List<Boolean>>json("$.comments[*].author.following")).containsOnly(false);
        List<Map<String, Object>> comments = response.json("$.comments");
        assertThat(comments).allSatisfy(comment -> assertThat(comment)
                .containsOnlyKeys("id", "createdAt", "updatedAt", "body", "author"));
        assertThat(response.<List<String>>json("$.comments[*].createdAt")).allMatch(t -> t.matches(TIMESTAMP));
        assertThat(response.<List<String>>json("$.comments[*].updatedAt")).allMatch(t -> t.matches(TIMESTAMP));
    }

    @Test
    void followingIsFromTheReadersPointOfView() {
        assertThat(api.get(comments(jakesArticle), anna.token()).<List<Boolean>>json("$.comments[*].author.following"))
                .containsExactly(false, true);
        assertThat(api.get(comments(jakesArticle), carl.token()).<List<Boolean>>json("$.comments[*].author.following"))
                .containsExactly(true, false);
        assertThat(api.get(comments(jakesArticle), jake.token()).<List<Boolean>>json("$.comments[*].author.following"))
                .containsOnly(false);
    }

    @Test
    void anArticleWithoutCommentsHasAnEmptyList() {
        String quiet = fixtures.publish(carl, "Nobody reads this");

        Response response = api.get(comments(quiet));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"comments\":[]}");
    }

    @Test
    void readingTheCommentsOfAnUnknownArticleIs404() {
        Response response = api.get(comments("no-such-article"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"article\":[\"not found\"]}}");
    }

    @Test
    void readingWithAnInvalidTokenIs401() {
        Response response = api.get(comments(jakesArticle), "not-a-jwt");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"token\":[\"is invalid\"]}}");
    }

    @Test
    void addingReturns200WithTheCommentAndItsAuthor() {
        Response response = api.post(comments(annasArticle), """
                {"comment":{"body":"Thank you so much!"}}""", jake.token());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.<Integer>json("$.comment.id")).isPositive()
                .isNotIn(jakesComment, annasComment, carlsComment);
        assertThat(response.string("$.comment.body")).isEqualTo("Thank you so much!");
        assertThat(response.string("$.comment.createdAt")).matches(TIMESTAMP);
        assertThat(response.string("$.comment.updatedAt")).matches(TIMESTAMP);
        assertThat(response.<Map<String, Object>>json("$.comment")).containsOnlyKeys(
                "id", "createdAt", "updatedAt", "body", "author");
        assertThat(response.<Map<String, Object>>json("$.comment.author")).containsOnlyKeys(
                "username", "bio", "image", "following");
        assertThat(response.string("$.comment.author.username")).isEqualTo("jake");
        assertThat(response.string("$.comment.author.bio")).isNull();
        assertThat(response.string("$.comment.author.image")).isNull();
        assertThat(response.<Boolean>json("$.comment.author.following")).isFalse();
        assertThat(api.get(comments(annasArticle)).<List<Integer>>json("$.comments[*].id"))
                .containsExactly(response.<Integer>json("$.comment.id"), carlsComment);
    }

    @Test
    void addingWithABlankBodyIs422() {
        Response response = api.post(comments(jakesArticle), """
                {"comment":{"body":"  "}}""", anna.token());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"body\":[\"can't be blank\"]}}");
        assertThat(api.get(comments(jakesArticle)).<List<Object>>json("$.comments")).hasSize(2);
    }

    @Test
    void addingWithoutBodyIs422() {
        Response response = api.post(comments(jakesArticle), "{\"comment\":{}}", anna.token());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"body\":[\"can't be blank\"]}}");
    }

    @Test
    void addingWithoutTheCommentEnvelopeIs422() {
        Response response = api.post(comments(jakesArticle), "{}", anna.token());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"comment\":[\"can't be blank\"]}}");
    }

    @Test
    void addingWithoutTokenIs401() {
        Response response = api.post(comments(jakesArticle), """
                {"comment":{"body":"Anonymous"}}""");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"token\":[\"is missing\"]}}");
        assertThat(api.get(comments(jakesArticle)).<List<Object>>json("$.comments")).hasSize(2);
    }

    @Test
    void addingToAnUnknownArticleIs404() {
        Response response = api.post(comments("no-such-article"), """
                {"comment":{"body":"Lost"}}""", anna.token());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"article\":[\"not found\"]}}");
    }

    @Test
    void deletingOnesOwnCommentReturns204AndRemovesIt() {
        Response response = api.delete(comment(jakesArticle, annasComment), anna.token());

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(api.get(comments(jakesArticle)).<List<Integer>>json("$.comments[*].id"))
                .containsExactly(jakesComment);
        assertThat(api.get(comments(annasArticle)).<List<Integer>>json("$.comments[*].id"))
                .containsExactly(carlsComment);
    }

    @Test
    void deletingTheCommentOfAnotherUserIs403EvenForTheArticlesAuthor() {
        Response response = api.delete(comment(jakesArticle, annasComment), jake.token());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"comment\":[\"forbidden\"]}}");
        assertThat(api.get(comments(jakesArticle)).<List<Integer>>json("$.comments[*].id"))
                .containsExactly(annasComment, jakesComment);
    }

    @Test
    void deletingAnUnknownCommentIs404() {
        Response response = api.delete(comment(jakesArticle, carlsComment + 1000), anna.token());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"comment\":[\"not found\"]}}");
    }

    @Test
    void deletingACommentThroughAnotherArticleIs404() {
        Response response = api.delete(comment(jakesArticle, carlsComment), carl.token());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"comment\":[\"not found\"]}}");
        assertThat(api.get(comments(annasArticle)).<List<Integer>>json("$.comments[*].id"))
                .containsExactly(carlsComment);
    }

    @Test
    void deletingACommentOfAnUnknownArticleIs404() {
        Response response = api.delete(comment("no-such-article", annasComment), anna.token());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"article\":[\"not found\"]}}");
    }

    @Test
    void deletingWithoutTokenIs401() {
        Response response = api.delete(comment(jakesArticle, annasComment), null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"token\":[\"is missing\"]}}");
        assertThat(api.get(comments(jakesArticle)).<List<Object>>json("$.comments")).hasSize(2);
    }

    private static String comments(String slug) {
        return "/api/articles/" + slug + "/comments";
    }

    private static String comment(String slug, int id) {
        return comments(slug) + "/" + id;
    }
}
