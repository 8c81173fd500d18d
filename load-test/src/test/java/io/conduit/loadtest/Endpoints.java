package io.conduit.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * One hot endpoint ({@code -Dendpoint}) at a fixed concurrency ({@code -Dconcurrency}) for
 * {@code -Dduration} seconds, each virtual user sending its next request as soon as the last one
 * answered, over one kept-alive connection: the endpoint's throughput and latency on its own.
 *
 * <p>Endpoints: list, tag, feed, article, comments, tags, profile, favorite (favorite then
 * unfavorite), login, static (the trivial endpoint: JSON from memory, no database; Conduit must run
 * with {@code conduit.benchmark.static-endpoint.enabled=true}).
 */
public class Endpoints extends Simulation {

    private static final List<Map<String, Object>> ARTICLES = Collections.synchronizedList(new ArrayList<>());
    private static final List<Map<String, Object>> TAGS = Collections.synchronizedList(new ArrayList<>());
    private static final Pattern ARTICLE = Pattern.compile(
            "\"slug\"\\s*:\\s*\"([^\"]+)\".*?\"author\"\\s*:\\s*\\{\\s*\"username\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TAG = Pattern.compile("\"([^\"]+)\"");

    {
        ChainBuilder request = switch (Settings.ENDPOINT) {
            case "list" -> exec(http("list").get("/api/articles?limit=20&offset=0").check(status().is(200)));
            case "tag" -> feed(from(TAGS)).exec(http("list by tag").get("/api/articles?tag=#{tag}&limit=20&offset=0")
                    .check(status().is(200)));
            case "feed" -> feed(SignedInUsers.feeder()).exec(http("feed").get("/api/articles/feed?limit=20&offset=0")
                    .header("Authorization", "Token #{token}").check(status().is(200)));
            case "article" -> feed(from(ARTICLES)).exec(http("article").get("/api/articles/#{slug}")
                    .check(status().is(200)));
            case "comments" -> feed(from(ARTICLES)).exec(http("comments").get("/api/articles/#{slug}/comments")
                    .check(status().is(200)));
            case "tags" -> exec(http("tags").get("/api/tags").check(status().is(200)));
            case "profile" -> feed(from(ARTICLES)).exec(http("profile").get("/api/profiles/#{author}")
                    .check(status().is(200)));
            case "favorite" -> feed(SignedInUsers.feeder()).feed(from(ARTICLES))
                    .exec(http("favorite").post("/api/articles/#{slug}/favorite")
                            .header("Authorization", "Token #{token}").check(status().is(200)))
                    .exec(http("unfavorite").delete("/api/articles/#{slug}/favorite")
                            .header("Authorization", "Token #{token}").check(status().is(200)));
            case "login" -> feed(SignedInUsers.credentials()).exec(http("login").post("/api/users/login")
                    .body(StringBody("""
                            {"user":{"email":"#{email}","password":"%s"}}""".formatted(Settings.PASSWORD)))
                    .check(status().is(200)));
            case "static" -> exec(http("static").get("/api/benchmark/static").check(status().is(200)));
            default -> throw new IllegalArgumentException("Unknown endpoint " + Settings.ENDPOINT);
        };
        setUp(scenario(Settings.ENDPOINT)
                .during(Duration.ofSeconds(Settings.DURATION)).on(request)
                .injectOpen(atOnceUsers(Settings.CONCURRENCY)))
                .protocols(Journeys.protocol());
    }

    @Override
    public void before() {
        if (List.of("feed", "favorite").contains(Settings.ENDPOINT)) {
            SignedInUsers.signIn(Settings.SIGNED_IN_USERS);
        }
        HttpClient client = HttpClient.newHttpClient();
        // Articles from the newest to the long tail, as readers arrive at them from lists and links.
        for (int offset : new int[] {0, 100, 1_000, 10_000, 30_000}) {
            Matcher article = ARTICLE.matcher(get(client, "/api/articles?limit=100&offset=" + offset));
            while (article.find()) {
                ARTICLES.add(Map.of("slug", article.group(1), "author", article.group(2)));
            }
        }
        String tags = get(client, "/api/tags");
        Matcher tag = TAG.matcher(tags.substring(tags.indexOf('[')));
        while (tag.find()) {
            TAGS.add(Map.of("tag", tag.group(1)));
        }
        System.out.printf("Endpoint %s: %d articles and %d tags to pick from%n", Settings.ENDPOINT, ARTICLES.size(),
                TAGS.size());
    }

    private static Iterator<Map<String, Object>> from(List<Map<String, Object>> values) {
        return Stream.generate(() -> values.get(ThreadLocalRandom.current().nextInt(values.size()))).iterator();
    }

    private static String get(HttpClient client, String path) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(Settings.BASE_URL + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " failed: " + e, e);
        }
    }
}
