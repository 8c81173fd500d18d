package io.conduit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.conduit.support.Api;
import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import io.conduit.support.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * What an operator finds from the first deploy: Actuator on its own port with health, info and
 * Prometheus metrics (requests per route, SQL, pool, business counters), and a request id on every
 * response.
 */
class ObservabilityTests extends ApiTest {

    @LocalManagementPort
    private int managementPort;

    private Api management;

    @BeforeEach
    void managementClient() {
        management = new Api(managementPort);
    }

    @Test
    void prometheusEndpointServesRequestSqlPoolAndBusinessMetrics() {
        TestUser jake = fixtures.register("jake");
        String slug = fixtures.publish(jake, "Observed article", "metrics");
        fixtures.comment(jake, slug, "Counted");
        api.get("/api/articles/" + slug);
        api.post("/api/users/login", """
                {"user":{"email":"%s","password":"wrong"}}""".formatted(jake.email()));

        Response metrics = management.get("/actuator/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_bucket{")
                .contains("uri=\"/api/articles/{slug}\"")
                .contains("le=\"0.1\"")
                .contains("application=\"conduit\"")
                .contains("conduit_sql_seconds_count{")
                .contains("statement=\"select articles\"")
                .contains("hikaricp_connections_active{")
                .contains("jvm_memory_used_bytes{")
                .contains("conduit_users_registered_total{")
                .contains("conduit_articles_published_total{")
                .contains("conduit_comments_added_total{")
                .containsPattern("conduit_logins_total\\{[^}]*outcome=\"failure\"[^}]*} [1-9][0-9.E]*");
        assertThat(metrics.body()).doesNotContain("uri=\"/api/articles/" + slug + "\"");
    }

    @Test
    void healthProbesAndInfoAreOnTheManagementPort() {
        assertThat(management.get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        assertThat(management.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
        Response info = management.get("/actuator/info");
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.body()).contains("\"build\"");
    }

    @Test
    void actuatorIsNotReachableThroughTheApiPort() {
        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(404);
        assertThat(api.get("/actuator/health").status()).isEqualTo(404);
    }

    @Test
    void onlyHealthInfoAndPrometheusAreExposed() {
        assertThat(management.get("/actuator/env").status()).isEqualTo(404);
        assertThat(management.get("/actuator/beans").status()).isEqualTo(404);
    }

    @Test
    void everyResponseCarriesARequestId() {
        Response response = api.get("/api/tags");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSizeGreaterThan(8));
    }

    @Test
    void generatedRequestIdsAreRandomVersion4Uuids() {
        String first = api.get("/api/tags").headers().firstValue("X-Request-Id").orElseThrow();
        String second = api.get("/api/tags").headers().firstValue("X-Request-Id").orElseThrow();

        assertThat(UUID.fromString(first).version()).isEqualTo(4);
        assertThat(UUID.fromString(first).variant()).isEqualTo(2);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aRequestIdSentByTheClientIsReturnedUnchanged() {
        Response response = api.exchangeWithHeader("GET", "/api/tags", "X-Request-Id", "client-abc-123");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("client-abc-123");
    }

    @Test
    void anUnsafeRequestIdIsReplaced() {
        Response response = api.exchangeWithHeader("GET", "/api/tags", "X-Request-Id", "bad id with spaces");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(
                id -> assertThat(id).doesNotContain(" "));
    }
}
