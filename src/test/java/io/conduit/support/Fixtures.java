package io.conduit.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Builds the world a test needs through the API itself, so fixtures can never disagree with what the
 * endpoints really do.
 */
public final class Fixtures {

    private final Api api;

    Fixtures(Api api) {
        this.api = api;
    }

    public TestUser register(String username) {
        String email = username.toLowerCase() + "@example.com";
        String password = "secret-" + username;
        Response response = api.post("/api/users", """
                {"user":{"username":"%s","email":"%s","password":"%s"}}""".formatted(username, email, password));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new TestUser(username, email, password, response.string("$.user.token"));
    }

    /** Publishes an article and returns its slug. */
    public String publish(TestUser author, String title, String... tags) {
        String tagList = Arrays.stream(tags).map(tag -> "\"" + tag + "\"").collect(Collectors.joining(","));
        Response response = api.post("/api/articles", """
                {"article":{"title":"%s","description":"About %s","body":"All about %s","tagList":[%s]}}"""
                .formatted(title, title, title, tagList), author.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.string("$.article.slug");
    }

    public void follow(TestUser follower, TestUser followee) {
        Response response = api.post("/api/profiles/" + followee.username() + "/follow", null, follower.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    public void favorite(TestUser user, String slug) {
        Response response = api.post("/api/articles/" + slug + "/favorite", null, user.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    /** Adds a comment and returns its id. */
    public int comment(TestUser author, String slug, String body) {
        Response response = api.post("/api/articles/" + slug + "/comments", """
                {"comment":{"body":"%s"}}""".formatted(body), author.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json("$.comment.id");
    }
}
