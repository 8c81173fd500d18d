package io.conduit.loadtest;

import static io.gatling.javaapi.core.CoreDsl.global;

import io.gatling.javaapi.core.Simulation;

/**
 * One step of the capacity search: the {@link Journeys} mix at {@code -Drate} requests/s. It holds
 * when p99 stays under 100 ms and fewer than 0.1% of requests fail. load-test/run.sh capacity runs
 * it at rising rates and reports the highest that held.
 */
public class Capacity extends Simulation {

    {
        setUp(Journeys.mix(Settings.RATE, Settings.RAMP, Settings.DURATION))
                .protocols(Journeys.protocol())
                .assertions(
                        global().failedRequests().percent().lt(0.1),
                        global().responseTime().percentile(99.0).lt(Settings.P99_MILLIS));
    }

    @Override
    public void before() {
        SignedInUsers.signIn(Settings.SIGNED_IN_USERS);
    }
}
