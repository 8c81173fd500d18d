package io.conduit.loadtest;

import static io.gatling.javaapi.core.CoreDsl.global;

import io.gatling.javaapi.core.Simulation;

/**
 * The peak hour of 10,000 registered users, read hard: all of them active at once, each making a
 * request every 10 seconds on average, so about 1,000 requests/s ({@code -Drate}) of the
 * {@link Journeys} mix for {@code -Dduration} seconds. It passes with no unexpected status and a p99
 * under 100 ms ({@code -Dp99Millis}).
 */
public class TenThousandUsers extends Simulation {

    {
        setUp(Journeys.mix(Settings.RATE, Settings.RAMP, Settings.DURATION))
                .protocols(Journeys.protocol())
                .assertions(
                        global().failedRequests().count().is(0L),
                        global().responseTime().percentile(99.0).lt(Settings.P99_MILLIS));
    }

    @Override
    public void before() {
        SignedInUsers.signIn(Settings.SIGNED_IN_USERS);
    }
}
