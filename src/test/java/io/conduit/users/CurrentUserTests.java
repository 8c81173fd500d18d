package io.conduit.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import io.conduit.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class CurrentUserTests extends ApiTest {

    private static final String TOKEN_IS_INVALID = "{\"errors\":{\"token\":[\"is invalid\"]}}";
    private static final String TOKEN_IS_MISSING = "{\"errors\":{\"token\":[\"is missing\"]}}";

    /** The application's own encoder: signs with the key the server verifies with. */
    @Autowired
    private JwtEncoder serverEncoder;

    // GET /api/user

    @Test
    void currentUserIsTheOwnerOfTheToken() {
        TestUser jake = fixtures.register("jake");
        fixtures.register("jane");

        Response response = api.get("/api/user", jake.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.string("$.user.username")).isEqualTo("jake");
        assertThat(response.string("$.user.email")).isEqualTo(jake.email());
        assertThat(response.string("$.user.token")).isNotBlank();
        assertThat(response.body()).contains("\"bio\":null", "\"image\":null").doesNotContain("password");
    }

    @Test
    void currentUserWithoutTokenIs401() {
        Response response = api.get("/api/user");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(TOKEN_IS_MISSING);
    }

    @Test
    void currentUserWithAGarbageTokenIs401() {
        Response response = api.get("/api/user", "garbage");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(TOKEN_IS_INVALID);
    }

    @Test
    void currentUserWithATamperedTokenIs401() {
        TestUser jake = fixtures.register("jake");
        String[] parts = jake.token().split("\\.");
        String otherPayload = base64Url("{\"iss\":\"conduit\",\"sub\":\"2\",\"exp\":4102444800}");

        Response response = api.get("/api/user", parts[0] + "." + otherPayload + "." + parts[2]);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(TOKEN_IS_INVALID);
    }

    @Test
    void currentUserWithAnEmptyTokenIs401() {
        Response response = api.exchange("GET", "/api/user", null, "Token ");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(TOKEN_IS_INVALID);
    }

    @Test
    void currentUserWithATokenSignedByAnotherKeyIs401() {
        fixtures.register("jake");
        byte[] otherKey = new byte[32];
        new SecureRandom().nextBytes(otherKey);
        JwtEncoder foreignEncoder = new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(otherKey, "HmacSHA256")));

        Response response = api.get("/api/user", sign(foreignEncoder, userId("jake"), "conduit",
                Instant.now().plus(1, ChronoUnit.HOURS)));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(TOKEN_IS_INVALID);
    }

    @Test
    void currentUserWithAnExpiredTokenIs401() {
        fixtures.register("jake");

        Response response = api.get("/api/user", sign(serverEncoder, userId("jake"), "conduit",
                Instant.now().minus(1, ChronoUnit.HOURS)));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(TOKEN_IS_INVALID);
    }

    @Test
    void currentUserWithATokenFromAnotherIssuerIs401() {
        fixtures.register("jake");

        Response response = api.get("/api/user", sign(serverEncoder, userId("jake"), "someone-else",
                Instant.now().plus(1, ChronoUnit.HOURS)));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(TOKEN_IS_INVALID);
    }

    @Test
    void currentUserWithAnUnsignedTokenIs401() {
        fixtures.register("jake");
        String unsigned = base64Url("{\"alg\":\"none\"}") + "."
                + base64Url("{\"iss\":\"conduit\",\"sub\":\"" + userId("jake") + "\",\"exp\":4102444800}") + ".";

        Response response = api.get("/api/user", unsigned);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(TOKEN_IS_INVALID);
    }

    @Test
    void currentUserWithTheTokenOfAnAccountThatNoLongerExistsIs401() {
        TestUser jake = fixtures.register("jake");
        jdbc.sql("DELETE FROM users WHERE username = 'jake'").update();

        Response response = api.get("/api/user", jake.token());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(TOKEN_IS_INVALID);
    }

    // PUT /api/user

    @Test
    void updateReturnsTheChangedUserWithAToken() {
        TestUser jake = fixtures.register("jake");

        Response response = api.put("/api/user", """
                {"user":{"email":"jake@new.example","username":"jacob","bio":"I work at statefarm",
                "image":"https://example.com/jake.png"}}""", jake.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.string("$.user.email")).isEqualTo("jake@new.example");
        assertThat(response.string("$.user.username")).isEqualTo("jacob");
        assertThat(response.string("$.user.bio")).isEqualTo("I work at statefarm");
        assertThat(response.string("$.user.image")).isEqualTo("https://example.com/jake.png");
        assertThat(response.string("$.user.token")).isNotBlank();
        assertThat(response.body()).doesNotContain("password");
    }

    @Test
    void updatedSettingsAreWhatTheCurrentUserShowsAfterwards() {
        TestUser jake = fixtures.register("jake");
        api.put("/api/user", """
                {"user":{"bio":"I like to skateboard","image":"https://example.com/jake.png"}}""", jake.token());

        Response current = api.get("/api/user", jake.token());

        assertThat(current.string("$.user.bio")).isEqualTo("I like to skateboard");
        assertThat(current.string("$.user.image")).isEqualTo("https://example.com/jake.png");
    }

    @Test
    void aNewEmailIsTheOneToLogInWith() {
        TestUser jake = fixtures.register("jake");
        api.put("/api/user", """
                {"user":{"email":"jake@new.example"}}""", jake.token());

        assertThat(login("jake@new.example", jake.password()).status()).isEqualTo(200);
        assertThat(login(jake.email(), jake.password()).status()).isEqualTo(401);
    }

    @Test
    void aNewPasswordWorksForLoginAndTheOldOneNoLonger() {
        TestUser jake = fixtures.register("jake");

        Response update = api.put("/api/user", """
                {"user":{"password":"a-brand-new-password"}}""", jake.token());

        assertThat(update.status()).isEqualTo(200);
        assertThat(update.body()).doesNotContain("password", "a-brand-new-password");
        assertThat(login(jake.email(), "a-brand-new-password").status()).isEqualTo(200);
        assertThat(login(jake.email(), jake.password()).status()).isEqualTo(401);
    }

    @Test
    void aNewUsernameIsTheNameOfTheProfile() {
        TestUser jake = fixtures.register("jake");
        api.put("/api/user", """
                {"user":{"username":"jacob"}}""", jake.token());

        assertThat(api.get("/api/profiles/jacob").status()).isEqualTo(200);
        assertThat(api.get("/api/profiles/jake").status()).isEqualTo(404);
    }

    @Test
    void theTokenKeepsWorkingAfterAUsernameChange() {
        TestUser jake = fixtures.register("jake");
        api.put("/api/user", """
                {"user":{"username":"jacob"}}""", jake.token());

        Response current = api.get("/api/user", jake.token());

        assertThat(current.status()).isEqualTo(200);
        assertThat(current.string("$.user.username")).isEqualTo("jacob");
    }

    @Test
    void theTokenKeepsWorkingAfterAnEmailChange() {
        TestUser jake = fixtures.register("jake");
        api.put("/api/user", """
                {"user":{"email":"jake@new.example"}}""", jake.token());

        Response current = api.get("/api/user", jake.token());

        assertThat(current.status()).isEqualTo(200);
        assertThat(current.string("$.user.email")).isEqualTo("jake@new.example");
    }

    @Test
    void bioAndImageSetToNullAreCleared() {
        TestUser jake = withBioAndImage(fixtures.register("jake"));

        Response response = api.put("/api/user", """
                {"user":{"bio":null,"image":null}}""", jake.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"bio\":null", "\"image\":null");
        assertThat(api.get("/api/user", jake.token()).body()).contains("\"bio\":null", "\"image\":null");
    }

    @Test
    void bioAndImageSetToEmptyStringsAreClearedToNull() {
        TestUser jake = withBioAndImage(fixtures.register("jake"));

        Response response = api.put("/api/user", """
                {"user":{"bio":"","image":""}}""", jake.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"bio\":null", "\"image\":null");
        assertThat(api.get("/api/user", jake.token()).body()).contains("\"bio\":null", "\"image\":null");
    }

    @Test
    void aPartialUpdateLeavesTheOtherFieldsAsTheyWere() {
        TestUser jake = withBioAndImage(fixtures.register("jake"));

        Response response = api.put("/api/user", """
                {"user":{"bio":"A new bio"}}""", jake.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.string("$.user.bio")).isEqualTo("A new bio");
        assertThat(response.string("$.user.image")).isEqualTo("https://example.com/jake.png");
        assertThat(response.string("$.user.username")).isEqualTo("jake");
        assertThat(response.string("$.user.email")).isEqualTo(jake.email());
        assertThat(login(jake.email(), jake.password()).status()).isEqualTo(200);
    }

    @Test
    void anUpdateOfTheUsernameAloneKeepsBioAndImage() {
        TestUser jake = withBioAndImage(fixtures.register("jake"));

        Response response = api.put("/api/user", """
                {"user":{"username":"jacob"}}""", jake.token());

        assertThat(response.string("$.user.bio")).isEqualTo("I work at statefarm");
        assertThat(response.string("$.user.image")).isEqualTo("https://example.com/jake.png");
    }

    @Test
    void changingTheCaseOfOnesOwnUsernameIsAllowed() {
        TestUser jake = fixtures.register("jake");

        Response response = api.put("/api/user", """
                {"user":{"username":"Jake"}}""", jake.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.string("$.user.username")).isEqualTo("Jake");
    }

    @Test
    void aUsernameTakenByAnotherUserIs409OnUsername() {
        TestUser jake = fixtures.register("jake");
        fixtures.register("jane");

        Response response = api.put("/api/user", """
                {"user":{"username":"JANE"}}""", jake.token());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"username\":[\"has already been taken\"]}}");
        assertThat(api.get("/api/user", jake.token()).string("$.user.username")).isEqualTo("jake");
    }

    @Test
    void anEmailTakenByAnotherUserIs409OnEmail() {
        TestUser jake = fixtures.register("jake");
        TestUser jane = fixtures.register("jane");

        Response response = api.put("/api/user", """
                {"user":{"email":"%s"}}""".formatted(jane.email().toUpperCase()), jake.token());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"email\":[\"has already been taken\"]}}");
    }

    @Test
    void aBlankUsernameIs422OnUsername() {
        TestUser jake = fixtures.register("jake");

        Response response = api.put("/api/user", """
                {"user":{"username":" "}}""", jake.token());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"username\":[\"can't be blank\"]}}");
    }

    @Test
    void aBlankEmailIs422OnEmail() {
        TestUser jake = fixtures.register("jake");

        Response response = api.put("/api/user", """
                {"user":{"email":""}}""", jake.token());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"email\":[\"can't be blank\"]}}");
    }

    @Test
    void aBlankPasswordIs422OnPassword() {
        TestUser jake = fixtures.register("jake");

        Response response = api.put("/api/user", """
                {"user":{"password":"  "}}""", jake.token());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"password\":[\"can't be blank\"]}}");
        assertThat(login(jake.email(), jake.password()).status()).isEqualTo(200);
    }

    @Test
    void anInvalidEmailIs422OnEmail() {
        TestUser jake = fixtures.register("jake");

        Response response = api.put("/api/user", """
                {"user":{"email":"not-an-email"}}""", jake.token());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"email\":[\"is invalid\"]}}");
    }

    @Test
    void anUpdateWithoutTheUserEnvelopeIs422OnUser() {
        TestUser jake = fixtures.register("jake");

        Response response = api.put("/api/user", """
                {"bio":"I like to skateboard"}""", jake.token());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"errors\":{\"user\":[\"can't be blank\"]}}");
    }

    @Test
    void anUpdateWithoutTokenIs401() {
        Response response = api.put("/api/user", """
                {"user":{"bio":"I like to skateboard"}}""", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(TOKEN_IS_MISSING);
    }

    @Test
    void anUpdateWithAnInvalidTokenIs401() {
        Response response = api.put("/api/user", """
                {"user":{"bio":"I like to skateboard"}}""", "garbage");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(TOKEN_IS_INVALID);
    }

    @Test
    void anUpdateChangesOnlyTheOwnerOfTheToken() {
        TestUser jake = fixtures.register("jake");
        TestUser jane = fixtures.register("jane");

        api.put("/api/user", """
                {"user":{"bio":"I like to skateboard"}}""", jake.token());

        Response other = api.get("/api/user", jane.token());
        assertThat(other.string("$.user.username")).isEqualTo("jane");
        assertThat(other.body()).contains("\"bio\":null");
    }

    private TestUser withBioAndImage(TestUser user) {
        Response response = api.put("/api/user", """
                {"user":{"bio":"I work at statefarm","image":"https://example.com/jake.png"}}""", user.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return user;
    }

    private Response login(String email, String password) {
        return api.post("/api/users/login", """
                {"user":{"email":"%s","password":"%s"}}""".formatted(email, password));
    }

    private long userId(String username) {
        return jdbc.sql("SELECT id FROM users WHERE username = :username")
                .param("username", username)
                .query(Long.class)
                .single();
    }

    private static String sign(JwtEncoder encoder, long userId, String issuer, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(Long.toString(userId))
                .issuedAt(expiresAt.minus(1, ChronoUnit.DAYS))
                .expiresAt(expiresAt)
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
