package io.conduit.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;

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
    void registrationWithoutTheUserEnvelopeIs422OnUser() {
        Response response = api.post("/api/users", """
                {"username":"jake","email":"jake@jake.jake","password":"jakejake"}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"user\":[\"can't be blank\"]}}");
    }

    @Test
    void registrationWithABlankUsernameIs422OnUsername() {
        Response response = api.post("/api/users", """
                {"user":{"username":"  ","email":"jake@jake.jake","password":"jakejake"}}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"username\":[\"can't be blank\"]}}");
    }

    @Test
    void registrationWithoutAUsernameIs422OnUsername() {
        Response response = api.post("/api/users", """
                {"user":{"email":"jake@jake.jake","password":"jakejake"}}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"username\":[\"can't be blank\"]}}");
    }

    @Test
    void registrationWithABlankEmailIs422OnEmail() {
        Response response = api.post("/api/users", """
                {"user":{"username":"jake","email":"","password":"jakejake"}}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"email\":[\"can't be blank\"]}}");
    }

    @Test
    void registrationWithABlankPasswordIs422OnPassword() {
        Response response = api.post("/api/users", """
                {"user":{"username":"jake","email":"jake@jake.jake","password":" "}}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"password\":[\"can't be blank\"]}}");
    }

    @Test
    void registrationWithAnInvalidEmailIs422OnEmail() {
        Response response = api.post("/api/users", """
                {"user":{"username":"jake","email":"not-an-email","password":"jakejake"}}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"email\":[\"is invalid\"]}}");
    }

    @Test
    void registrationWithEveryFieldBlankReportsEveryField() {
        Response response = api.post("/api/users", """
                {"user":{"username":"","email":"","password":""}}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(errorsOf(response)).containsOnly(
                entry("username", List.of("can't be blank")),
                entry("email", List.of("can't be blank")),
                entry("password", List.of("can't be blank")));
    }

    @Test
    void registrationWithMalformedJsonIs422OnBody() {
        Response response = api.post("/api/users", "{\"user\":{\"username\":\"jake\",");

        assertThat(response.status()).isEqualTo(422);
        assertThat(errorsOf(response)).containsOnlyKeys("body");
        assertThat(errorsOf(response).get("body")).isNotEmpty();
    }

    @Test
    void registrationWithAnEmptyBodyIs422OnBody() {
        Response response = api.post("/api/users", "");

        assertThat(response.status()).isEqualTo(422);
        assertThat(errorsOf(response)).containsOnlyKeys("body");
    }

    @Test
    void registrationWithATakenUsernameIs409OnUsername() {
        fixtures.register("jake");

        Response response = api.post("/api/users", """
                {"user":{"username":"jake","email":"other@example.com","password":"jakejake"}}""");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"username\":[\"has already been taken\"]}}");
    }

    @Test
    void usernamesAreTakenWhateverTheirCase() {
        fixtures.register("jake");

        Response response = api.post("/api/users", """
                {"user":{"username":"JaKe","email":"other@example.com","password":"jakejake"}}""");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"username\":[\"has already been taken\"]}}");
    }

    @Test
    void registrationWithATakenEmailIs409OnEmail() {
        TestUser jake = fixtures.register("jake");

        Response response = api.post("/api/users", """
                {"user":{"username":"other","email":"%s","password":"jakejake"}}""".formatted(jake.email()));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"email\":[\"has already been taken\"]}}");
    }

    @Test
    void emailsAreTakenWhateverTheirCase() {
        fixtures.register("jake");

        Response response = api.post("/api/users", """
                {"user":{"username":"other","email":"JAKE@Example.COM","password":"jakejake"}}""");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"email\":[\"has already been taken\"]}}");
    }

    @Test
    void aRejectedRegistrationCreatesNoAccount() {
        fixtures.register("jake");
        api.post("/api/users", """
                {"user":{"username":"jake","email":"other@example.com","password":"jakejake"}}""");

        Response login = api.post("/api/users/login", """
                {"user":{"email":"other@example.com","password":"jakejake"}}""");

        assertThat(login.status()).isEqualTo(401);
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
    void loginReturnsTheUserObjectWithoutThePassword() {
        TestUser jake = fixtures.register("jake");

        Response login = api.post("/api/users/login", """
                {"user":{"email":"%s","password":"%s"}}""".formatted(jake.email(), jake.password()));

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.string("$.user.username")).isEqualTo("jake");
        assertThat(login.string("$.user.email")).isEqualTo(jake.email());
        assertThat(login.body()).contains("\"bio\":null", "\"image\":null")
                .doesNotContain("password", jake.password());
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
    void loginWithAnUnknownEmailIs401() {
        fixtures.register("jake");

        Response login = api.post("/api/users/login", """
                {"user":{"email":"nobody@example.com","password":"secret-jake"}}""");

        assertThat(login.status()).isEqualTo(401);
        assertThat(errorsOf(login)).hasSize(1);
        assertThat(login.body()).doesNotContain("\"user\"");
    }

    @Test
    void loginWithABlankEmailIs422OnEmail() {
        Response login = api.post("/api/users/login", """
                {"user":{"email":" ","password":"jakejake"}}""");

        assertThat(login.status()).isEqualTo(422);
        assertThat(login.body()).isEqualTo("{\"errors\":{\"email\":[\"can't be blank\"]}}");
    }

    @Test
    void loginWithABlankPasswordIs422OnPassword() {
        Response login = api.post("/api/users/login", """
                {"user":{"email":"jake@example.com","password":""}}""");

        assertThat(login.status()).isEqualTo(422);
        assertThat(login.body()).isEqualTo("{\"errors\":{\"password\":[\"can't be blank\"]}}");
    }

    @Test
    void loginWithoutTheUserEnvelopeIs422OnUser() {
        Response login = api.post("/api/users/login", """
                {"email":"jake@example.com","password":"jakejake"}""");

        assertThat(login.status()).isEqualTo(422);
        assertThat(login.body()).isEqualTo("{\"errors\":{\"user\":[\"can't be blank\"]}}");
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

    private static Map<String, List<String>> errorsOf(Response response) {
        return response.json("$.errors");
    }
}
