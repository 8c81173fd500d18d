package io.conduit.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import io.conduit.support.TestUser;
import org.junit.jupiter.api.Test;

class AuthenticationTests extends ApiTest {

    @Test
    void registrationReturnsTheUserWithATokenAnd201() {
        Response response = api.post("/api/users", """
                {"user":{"username":"jake","email":"jake@jake.jake","password":"jakejake"}}""");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.string("$.user.username")).isEqualTo("jake");
        assertThat(response.string("$.user.email")).isEqualTo("jake@jake.jake");
        assertThat(response.string("$.user.token")).isNotBlank();
        assertThat(response.body()).contains("\"bio\":null", "\"image\":null").doesNotContain("password");
    }

    @Test
    void loginWithTheRightPasswordReturnsAWorkingToken() {
        TestUser jake = fixtures.register("jake");

        Response login = api.post("/api/users/login", """
                {"user":{"email":"JAKE@example.com","password":"%s"}}""".formatted(jake.password()));

        assertThat(login.status()).isEqualTo(200);
        Response current = api.get("/api/user", login.string("$.user.token"));
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.string("$.user.username")).isEqualTo("jake");
    }

    @Test
    void loginWithAWrongPasswordIs401() {
        TestUser jake = fixtures.register("jake");

        Response login = api.post("/api/users/login", """
                {"user":{"email":"%s","password":"wrong"}}""".formatted(jake.email()));

        assertThat(login.status()).isEqualTo(401);
        assertThat(login.body()).contains("errors");
    }

    @Test
    void bearerSchemeIsAcceptedLikeTheTokenScheme() {
        TestUser jake = fixtures.register("jake");

        Response response = api.exchange("GET", "/api/user", null, "Bearer " + jake.token());

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void currentUserWithoutTokenIs401TokenIsMissing() {
        Response response = api.get("/api/user");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"token\":[\"is missing\"]}}");
    }
}
