package io.conduit.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import io.conduit.support.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Profiles and following, always with several users so that answers that ignore the viewer show. */
class ProfileTests extends ApiTest {

    private static final String PROFILE_NOT_FOUND = "{\"errors\":{\"profile\":[\"not found\"]}}";
    private static final String TOKEN_IS_MISSING = "{\"errors\":{\"token\":[\"is missing\"]}}";
    private static final String TOKEN_IS_INVALID = "{\"errors\":{\"token\":[\"is invalid\"]}}";

    private TestUser jake;
    private TestUser jane;
    private TestUser bob;

    @BeforeEach
    void threeUsers() {
        jake = fixtures.register("jake");
        jane = fixtures.register("jane");
        bob = fixtures.register("bob");
        api.put("/api/user", """
                {"user":{"bio":"I work at statefarm","image":"https://example.com/jake.png"}}""", jake.token());
    }

    // GET /api/profiles/{username}

    @Test
    void anonymousReadersSeeTheProfileNotFollowed() {
        fixtures.follow(jane, jake);

        Response response = api.get("/api/profiles/jake");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.string("$.profile.username")).isEqualTo("jake");
        assertThat(response.string("$.profile.bio")).isEqualTo("I work at statefarm");
        assertThat(response.string("$.profile.image")).isEqualTo("https://example.com/jake.png");
        assertThat(response.<Boolean>json("$.profile.following")).isFalse();
    }

    @Test
    void aFollowerSeesTheProfileFollowed() {
        fixtures.follow(jane, jake);

        Response response = api.get("/api/profiles/jake", jane.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<Boolean>json("$.profile.following")).isTrue();
    }

    @Test
    void followingIsFromTheViewersPointOfView() {
        fixtures.follow(jane, jake);
        fixtures.follow(jake, bob);

        assertThat(followingAsSeenBy(bob, "jake")).isFalse();
        assertThat(followingAsSeenBy(jake, "jane")).isFalse();
        assertThat(followingAsSeenBy(jane, "bob")).isFalse();
        assertThat(followingAsSeenBy(jake, "bob")).isTrue();
        assertThat(followingAsSeenBy(jane, "jake")).isTrue();
    }

    @Test
    void aProfileWithoutBioOrImageShowsThemAsNull() {
        Response response = api.get("/api/profiles/jane", jake.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"bio\":null", "\"image\":null");
    }

    @Test
    void aProfileCarriesNeitherEmailNorToken() {
        Response response = api.get("/api/profiles/jake", jane.token());

        assertThat(response.body()).doesNotContain(jake.email(), "token", "password", "\"id\"");
    }

    @Test
    void usernamesAreFoundWhateverTheirCase() {
        Response response = api.get("/api/profiles/JAKE");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.string("$.profile.username")).isEqualTo("jake");
    }

    @Test
    void aUsernameWithADotIsAProfileNotAFileExtension() {
        TestUser dotted = fixtures.register("jake.doe");

        Response response = api.get("/api/profiles/jake.doe", dotted.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.string("$.profile.username")).isEqualTo("jake.doe");
    }

    @Test
    void anUnknownProfileIs404() {
        Response response = api.get("/api/profiles/nobody");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(PROFILE_NOT_FOUND);
    }

    @Test
    void anInvalidTokenOnAProfileIs401EvenThoughAuthIsOptional() {
        Response response = api.get("/api/profiles/jake", "garbage");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(TOKEN_IS_INVALID);
    }

    // POST /api/profiles/{username}/follow

    @Test
    void followingAnswersTheProfileFollowed() {
        Response response = api.post("/api/profiles/jake/follow", null, jane.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.string("$.profile.username")).isEqualTo("jake");
        assertThat(response.string("$.profile.bio")).isEqualTo("I work at statefarm");
        assertThat(response.<Boolean>json("$.profile.following")).isTrue();
        assertThat(followingAsSeenBy(jane, "jake")).isTrue();
    }

    @Test
    void followingTwiceIsFollowingOnce() {
        api.post("/api/profiles/jake/follow", null, jane.token());

        Response again = api.post("/api/profiles/jake/follow", null, jane.token());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.<Boolean>json("$.profile.following")).isTrue();
        assertThat(api.delete("/api/profiles/jake/follow", jane.token()).<Boolean>json("$.profile.following"))
                .isFalse();
        assertThat(followingAsSeenBy(jane, "jake")).isFalse();
    }

    @Test
    void followingByAnotherCaseOfTheUsernameFollowsThatUser() {
        Response response = api.post("/api/profiles/JAKE/follow", null, jane.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.string("$.profile.username")).isEqualTo("jake");
        assertThat(followingAsSeenBy(jane, "jake")).isTrue();
    }

    @Test
    void aBodySentToFollowIsIgnored() {
        Response response = api.post("/api/profiles/jake/follow", """
                {"profile":{"following":false},"user":{"username":"hijacked"}}""", jane.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.string("$.profile.username")).isEqualTo("jake");
        assertThat(response.<Boolean>json("$.profile.following")).isTrue();
    }

    @Test
    void aMalformedBodySentToFollowIsIgnoredToo() {
        Response response = api.post("/api/profiles/jake/follow", "{not json", jane.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<Boolean>json("$.profile.following")).isTrue();
    }

    @Test
    void followingWithoutTokenIs401() {
        Response response = api.post("/api/profiles/jake/follow", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(TOKEN_IS_MISSING);
        assertThat(followingAsSeenBy(jane, "jake")).isFalse();
    }

    @Test
    void followingAnUnknownUserIs404() {
        Response response = api.post("/api/profiles/nobody/follow", null, jane.token());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(PROFILE_NOT_FOUND);
    }

    @Test
    void followingYourselfIs422() {
        Response response = api.post("/api/profiles/jane/follow", null, jane.token());

        assertThat(response.status()).isEqualTo(422);
        Map<String, List<String>> errors = response.json("$.errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.values()).allSatisfy(messages -> assertThat(messages).isNotEmpty());
        assertThat(followingAsSeenBy(jane, "jane")).isFalse();
    }

    // DELETE /api/profiles/{username}/follow

    @Test
    void unfollowingAnswersTheProfileNotFollowed() {
        fixtures.follow(jane, jake);
        fixtures.follow(bob, jake);

        Response response = api.delete("/api/profiles/jake/follow", jane.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.string("$.profile.username")).isEqualTo("jake");
        assertThat(response.<Boolean>json("$.profile.following")).isFalse();
        assertThat(followingAsSeenBy(jane, "jake")).isFalse();
        assertThat(followingAsSeenBy(bob, "jake")).isTrue();
    }

    @Test
    void unfollowingSomeoneNotFollowedIsFine() {
        Response response = api.delete("/api/profiles/jake/follow", jane.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<Boolean>json("$.profile.following")).isFalse();
    }

    @Test
    void unfollowingWithoutTokenIs401() {
        fixtures.follow(jane, jake);

        Response response = api.delete("/api/profiles/jake/follow", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(TOKEN_IS_MISSING);
        assertThat(followingAsSeenBy(jane, "jake")).isTrue();
    }

    @Test
    void unfollowingAnUnknownUserIs404() {
        Response response = api.delete("/api/profiles/nobody/follow", jane.token());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo(PROFILE_NOT_FOUND);
    }

    private boolean followingAsSeenBy(TestUser viewer, String username) {
        Response response = api.get("/api/profiles/" + username, viewer.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json("$.profile.following");
    }
}
