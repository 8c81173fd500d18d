package io.conduit.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The peak-hour workload of Conduit, built from what real people do on it. Each journey is a
 * visit: a few pages with think time between them. Every response is checked for the status the
 * RealWorld spec gives; anything else counts as an error.
 *
 * <p>Share of the requests at any rate: anonymous visitors about 67%, signed-in readers 30%,
 * writers 3%, plus logins at one per second per 1,000 requests/s and sign-ups at a fifth of that
 * (both cost a bcrypt hash, which a real site pays rarely: tokens live for a day).
 */
final class Journeys {

    /** Requests of one journey, on average: used to turn a request rate into a journey rate. */
    private static final double ANONYMOUS_REQUESTS = 8.3;
    private static final double READER_REQUESTS = 10.0;
    private static final double WRITER_REQUESTS = 7.0;
    private static final double ANONYMOUS_SHARE = 0.67;
    private static final double READER_SHARE = 0.30;
    private static final double WRITER_SHARE = 0.03;

    private Journeys() {
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(Settings.BASE_URL)
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .userAgentHeader("conduit-load-test");
    }

    private static ChainBuilder think() {
        return pause(Duration.ofMillis(500), Duration.ofMillis(2000));
    }

    private static ChainBuilder readArticle(String slugKey) {
        return exec(http("GET /api/articles/{slug}").get("/api/articles/#{" + slugKey + "}")
                .header("Authorization", "#{authorization}")
                .check(status().is(200)))
                .exec(http("GET /api/articles/{slug}/comments").get("/api/articles/#{" + slugKey + "}/comments")
                        .header("Authorization", "#{authorization}")
                        .check(status().is(200)));
    }

    /** Home page, an article or two with their comments, an author's profile, a tag. */
    static ScenarioBuilder anonymousVisitor() {
        return scenario("Anonymous visitor")
                .exec(session -> session.set("authorization", ""))
                .exec(http("GET /api/articles").get("/api/articles?limit=10&offset=0")
                        .check(status().is(200),
                                jsonPath("$.articles[*].slug").findRandom().saveAs("slug"),
                                jsonPath("$.articles[*].author.username").findRandom().saveAs("author")))
                .exec(http("GET /api/tags").get("/api/tags")
                        .check(status().is(200), jsonPath("$.tags[*]").findRandom().saveAs("tag")))
                .exec(think())
                .exec(readArticle("slug"))
                .exec(think())
                .exec(http("GET /api/profiles/{username}").get("/api/profiles/#{author}").check(status().is(200)))
                .exec(http("GET /api/articles?tag").get("/api/articles?tag=#{tag}&limit=10&offset=0")
                        .check(status().is(200), jsonPath("$.articles[*].slug").findRandom().saveAs("taggedSlug")))
                .exec(think())
                .exec(readArticle("taggedSlug"))
                .randomSwitch().on(io.gatling.javaapi.core.CoreDsl.percent(30.0).then(
                        exec(http("GET /api/articles (page 2)").get("/api/articles?limit=10&offset=10")
                                .check(status().is(200)))));
    }

    /** The feed, an article, a favorite taken back, sometimes a follow taken back. */
    static ScenarioBuilder signedInReader() {
        return scenario("Signed-in reader")
                .feed(SignedInUsers.feeder())
                .exec(session -> session.set("authorization", "Token " + session.getString("token")))
                .exec(http("GET /api/user").get("/api/user").header("Authorization", "#{authorization}")
                        .check(status().is(200)))
                .exec(http("GET /api/articles/feed").get("/api/articles/feed?limit=10&offset=0")
                        .header("Authorization", "#{authorization}")
                        .check(status().is(200), jsonPath("$.articles[*].slug").findRandom().optional().saveAs("feedSlug")))
                .doIf(session -> session.contains("feedSlug")).then(exec(think()).exec(readArticle("feedSlug")))
                .exec(think())
                .exec(http("GET /api/articles").get("/api/articles?limit=10&offset=0")
                        .header("Authorization", "#{authorization}")
                        .check(status().is(200),
                                jsonPath("$.articles[*].slug").findRandom().saveAs("slug"),
                                jsonPath("$.articles[*].author.username").findRandom().saveAs("author")))
                .exec(think())
                .exec(readArticle("slug"))
                .exec(http("POST /api/articles/{slug}/favorite").post("/api/articles/#{slug}/favorite")
                        .header("Authorization", "#{authorization}").check(status().is(200)))
                .exec(think())
                .exec(http("DELETE /api/articles/{slug}/favorite").delete("/api/articles/#{slug}/favorite")
                        .header("Authorization", "#{authorization}").check(status().is(200)))
                .doIf(session -> !session.getString("author").equals(session.getString("username"))
                        && java.util.concurrent.ThreadLocalRandom.current().nextBoolean()).then(
                        exec(http("POST /api/profiles/{username}/follow").post("/api/profiles/#{author}/follow")
                                .header("Authorization", "#{authorization}").check(status().is(200)))
                                .exec(http("DELETE /api/profiles/{username}/follow").delete("/api/profiles/#{author}/follow")
                                        .header("Authorization", "#{authorization}").check(status().is(200))));
    }

    /**
     * Publishes an article, edits it, comments on it and deletes the comment. Articles stay: deleting
     * them would make visitors who just saw one in a list meet a 404, a real race but not an error.
     */
    static ScenarioBuilder writer() {
        return scenario("Writer")
                .feed(SignedInUsers.feeder())
                .exec(session -> session.set("authorization", "Token " + session.getString("token"))
                        .set("nonce", UUID.randomUUID().toString().substring(0, 8)))
                .exec(http("GET /api/user").get("/api/user").header("Authorization", "#{authorization}")
                        .check(status().is(200)))
                .exec(think())
                .exec(http("POST /api/articles").post("/api/articles").header("Authorization", "#{authorization}")
                        .body(StringBody("""
                                {"article":{"title":"Notes on load #{nonce}","description":"What we measured",
                                "body":"We ran the workload and wrote down what we saw.","tagList":["load","notes"]}}"""))
                        .check(status().is(201), jsonPath("$.article.slug").saveAs("mySlug")))
                .exec(http("GET /api/articles/{slug}").get("/api/articles/#{mySlug}")
                        .header("Authorization", "#{authorization}").check(status().is(200)))
                .exec(think())
                .exec(http("PUT /api/articles/{slug}").put("/api/articles/#{mySlug}").header("Authorization", "#{authorization}")
                        .body(StringBody("""
                                {"article":{"body":"We ran the workload again and wrote down what changed."}}"""))
                        .check(status().is(200)))
                .exec(http("POST /api/articles/{slug}/comments").post("/api/articles/#{mySlug}/comments")
                        .header("Authorization", "#{authorization}")
                        .body(StringBody("""
                                {"comment":{"body":"Rerun planned for next week."}}"""))
                        .check(status().is(200), jsonPath("$.comment.id").saveAs("commentId")))
                .exec(http("GET /api/articles/{slug}/comments").get("/api/articles/#{mySlug}/comments")
                        .header("Authorization", "#{authorization}").check(status().is(200)))
                .exec(http("DELETE /api/articles/{slug}/comments/{id}").delete("/api/articles/#{mySlug}/comments/#{commentId}")
                        .header("Authorization", "#{authorization}").check(status().is(204)));
    }

    /** A returning user whose token expired: logs in with the password, then loads the current user. */
    static ScenarioBuilder login() {
        return scenario("Login")
                .feed(SignedInUsers.credentials())
                .exec(http("POST /api/users/login").post("/api/users/login")
                        .body(StringBody("""
                                {"user":{"email":"#{email}","password":"%s"}}""".formatted(Settings.PASSWORD)))
                        .check(status().is(200), jsonPath("$.user.token").saveAs("token")))
                .exec(http("GET /api/user").get("/api/user").header("Authorization", "Token #{token}")
                        .check(status().is(200)));
    }

    /** A new user signs up. */
    static ScenarioBuilder signUp() {
        return scenario("Sign-up")
                .exec(session -> session.set("nonce", UUID.randomUUID().toString().replace("-", "").substring(0, 12)))
                .exec(http("POST /api/users").post("/api/users")
                        .body(StringBody("""
                                {"user":{"username":"new#{nonce}","email":"new#{nonce}@%s","password":"%s"}}"""
                                .formatted(Settings.EMAIL_DOMAIN, Settings.PASSWORD)))
                        .check(status().is(201), jsonPath("$.user.token").saveAs("token")))
                .exec(http("GET /api/user").get("/api/user").header("Authorization", "Token #{token}")
                        .check(status().is(200)));
    }

    /**
     * Every journey with an open-model arrival rate that adds up to {@code requestsPerSecond},
     * ramping from a tenth of it over {@code rampSeconds}, then holding for {@code holdSeconds}.
     */
    static List<PopulationBuilder> mix(double requestsPerSecond, int rampSeconds, int holdSeconds) {
        return List.of(
                open(anonymousVisitor(), requestsPerSecond * ANONYMOUS_SHARE / ANONYMOUS_REQUESTS, rampSeconds, holdSeconds),
                open(signedInReader(), requestsPerSecond * READER_SHARE / READER_REQUESTS, rampSeconds, holdSeconds),
                open(writer(), requestsPerSecond * WRITER_SHARE / WRITER_REQUESTS, rampSeconds, holdSeconds),
                open(login(), requestsPerSecond / 1000, rampSeconds, holdSeconds),
                open(signUp(), requestsPerSecond / 5000, rampSeconds, holdSeconds));
    }

    private static PopulationBuilder open(ScenarioBuilder scenario, double journeysPerSecond, int ramp, int hold) {
        return scenario.injectOpen(
                rampUsersPerSec(journeysPerSecond / 10).to(journeysPerSecond).during(Duration.ofSeconds(Math.max(1, ramp))),
                constantUsersPerSec(journeysPerSecond).during(Duration.ofSeconds(hold)).randomized());
    }
}
