package io.conduit.loadtest;

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
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The signed-in part of the population: a sample of the dataset's users, each logged in once before
 * the run starts, the way a browser keeps its token between visits. The load then spends its
 * logins in the login journey, at a realistic rate, instead of one bcrypt per visit.
 */
final class SignedInUsers {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern USERNAME = Pattern.compile("\"username\"\\s*:\\s*\"([^\"]+)\"");
    private static final List<Map<String, Object>> SIGNED_IN = Collections.synchronizedList(new ArrayList<>());

    private SignedInUsers() {
    }

    /** Logs in {@code count} distinct users (a fixed sample, so that runs are comparable), four at a time. */
    static void signIn(int count) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= Settings.DATASET_USERS; n++) {
            numbers.add(n);
        }
        Collections.shuffle(numbers, new Random(7));
        List<Integer> sample = numbers.subList(0, Math.min(count, numbers.size()));
        long started = System.nanoTime();
        for (int from = 0; from < sample.size(); from += 4) {
            List<CompletableFuture<Void>> batch = new ArrayList<>();
            for (int n : sample.subList(from, Math.min(from + 4, sample.size()))) {
                batch.add(client.sendAsync(login(n), HttpResponse.BodyHandlers.ofString()).thenAccept(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("Login of user" + n + " answered " + response.statusCode()
                                + ": " + response.body() + ". Is the dataset loaded (load-test/run.sh seed)?");
                    }
                    SIGNED_IN.add(Map.of("token", group(TOKEN, response.body()), "username",
                            group(USERNAME, response.body())));
                }));
            }
            batch.forEach(CompletableFuture::join);
        }
        System.out.printf("Signed in %d users in %.1f s%n", SIGNED_IN.size(), (System.nanoTime() - started) / 1e9);
    }

    /** A feeder that gives each virtual user one of the signed-in users, at random. */
    static Iterator<Map<String, Object>> feeder() {
        return Stream.generate(() -> SIGNED_IN.get(ThreadLocalRandom.current().nextInt(SIGNED_IN.size()))).iterator();
    }

    /** A feeder of dataset users to log in with their password. */
    static Iterator<Map<String, Object>> credentials() {
        return Stream.generate(() -> {
            int n = 1 + ThreadLocalRandom.current().nextInt(Settings.DATASET_USERS);
            return Map.<String, Object>of("email", "user" + n + "@" + Settings.EMAIL_DOMAIN);
        }).iterator();
    }

    static HttpRequest login(int n) {
        String body = """
                {"user":{"email":"user%d@%s","password":"%s"}}""".formatted(n, Settings.EMAIL_DOMAIN, Settings.PASSWORD);
        return HttpRequest.newBuilder(URI.create(Settings.BASE_URL + "/api/users/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    private static String group(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("Unexpected login response: " + body);
        }
        return matcher.group(1);
    }
}
