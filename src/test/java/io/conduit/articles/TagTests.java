package io.conduit.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import io.conduit.support.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/tags. Jake and Anna share the tag "dragons"; Anna follows Jake and likes his article. */
class TagTests extends ApiTest {

    TestUser jake;
    TestUser anna;
    String jakesArticle;
    String annasArticle;

    @BeforeEach
    void twoArticlesSharingATag() {
        jake = fixtures.register("jake");
        anna = fixtures.register("anna");
        jakesArticle = fixtures.publish(jake, "How to train your dragon", "training", "dragons");
        annasArticle = fixtures.publish(anna, "Dragons in Angular", "dragons", "angular");
        fixtures.follow(anna, jake);
        fixtures.favorite(anna, jakesArticle);
    }

    @Test
    void listsEveryTagInUseOnce() {
        Response response = api.get("/api/tags");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<List<String>>json("$.tags")).containsExactlyInAnyOrder("angular", "dragons", "training");
        assertThat(response.body()).startsWith("{\"tags\":[");
    }

    @Test
    void signedInReadersGetTheSameTags() {
        Response response = api.get("/api/tags", anna.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<List<String>>json("$.tags")).containsExactlyInAnyOrder("angular", "dragons", "training");
    }

    @Test
    void tagsNoLongerOnAnyArticleAreNotListed() {
        api.put("/api/articles/" + jakesArticle, """
                {"article":{"tagList":["dragons","flying"]}}""", jake.token());
        api.delete("/api/articles/" + annasArticle, anna.token());

        assertThat(api.get("/api/tags").<List<String>>json("$.tags")).containsExactlyInAnyOrder("dragons", "flying");
    }

    @Test
    void withoutArticlesTheListIsEmpty() {
        api.delete("/api/articles/" + jakesArticle, jake.token());
        api.delete("/api/articles/" + annasArticle, anna.token());

        Response response = api.get("/api/tags");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"tags\":[]}");
    }
}
