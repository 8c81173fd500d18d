package io.conduit.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import org.junit.jupiter.api.Test;

/**
 * Uniqueness is kept by the database, not by a check before the insert: registrations that race for
 * the same username or email end with exactly one account and clean 409s for the others.
 */
class RegistrationRaceTests extends ApiTest {

    private static final int CONTENDERS = 8;

    @Test
    void concurrentRegistrationsOfOneUsernameGiveOne201AndOnly409s() throws Exception {
        List<Response> responses = registerAtOnce(i -> """
                {"user":{"username":"jake","email":"jake%d@example.com","password":"jakejake"}}""".formatted(i));

        assertThat(statusesOf(responses)).containsOnlyOnce(201).containsOnly(201, 409);
        responses.stream().filter(response -> response.status() == 409).forEach(response ->
                assertThat(response.body()).isEqualTo("{\"errors\":{\"username\":[\"has already been taken\"]}}"));
        assertThat(usersNamed("jake")).isEqualTo(1);
    }

    @Test
    void concurrentRegistrationsOfOneUsernameInDifferentCasesGiveOne201AndOnly409s() throws Exception {
        List<Response> responses = registerAtOnce(i -> """
                {"user":{"username":"%s","email":"jake%d@example.com","password":"jakejake"}}"""
                .formatted(i % 2 == 0 ? "jake" : "JAKE", i));

        assertThat(statusesOf(responses)).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(usersNamed("jake")).isEqualTo(1);
    }

    @Test
    void concurrentRegistrationsOfOneEmailGiveOne201AndOnly409s() throws Exception {
        List<Response> responses = registerAtOnce(i -> """
                {"user":{"username":"jake%d","email":"jake@example.com","password":"jakejake"}}""".formatted(i));

        assertThat(statusesOf(responses)).containsOnlyOnce(201).containsOnly(201, 409);
        responses.stream().filter(response -> response.status() == 409).forEach(response ->
                assertThat(response.body()).isEqualTo("{\"errors\":{\"email\":[\"has already been taken\"]}}"));
    }

    /** Sends one registration per contender, all released by the same start gate. */
    private List<Response> registerAtOnce(IntFunction<String> bodyOfContender) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(CONTENDERS);
        try {
            CountDownLatch ready = new CountDownLatch(CONTENDERS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < CONTENDERS; i++) {
                String body = bodyOfContender.apply(i);
                futures.add(executor.submit(() -> {
                    ready.countDown();
                    start.await();
                    return api.post("/api/users", body);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            executor.shutdownNow();
        }
    }

    private static List<Integer> statusesOf(List<Response> responses) {
        return responses.stream().map(Response::status).toList();
    }

    private int usersNamed(String username) {
        return jdbc.sql("SELECT count(*) FROM users WHERE lower(username) = lower(:username)")
                .param("username", username)
                .query(Integer.class)
                .single();
    }
}
