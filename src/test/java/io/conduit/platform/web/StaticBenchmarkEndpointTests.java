package io.conduit.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The load tests' trivial endpoint exists only when switched on. */
class StaticBenchmarkEndpointTests {

    @Nested
    class ByDefault extends ApiTest {

        @Test
        void isNotThere() {
            assertThat(api.get("/api/benchmark/static").status()).isEqualTo(404);
        }
    }

    @Nested
    @TestPropertySource(properties = "conduit.benchmark.static-endpoint.enabled=true")
    class WhenEnabled extends ApiTest {

        @Test
        void answersAFixedProfileWithoutAToken() {
            Response response = api.get("/api/benchmark/static");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.string("$.profile.username")).isEqualTo("conduit");
        }
    }
}
