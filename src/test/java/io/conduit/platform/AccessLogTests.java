package io.conduit.platform;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import io.conduit.support.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/**
 * One access-log line per request: method, route template, status, duration, body bytes, request id
 * and user id, and nothing a client sent as a secret.
 */
class AccessLogTests extends ApiTest {

    private final Logger accessLogger = (Logger) LoggerFactory.getLogger("conduit.access");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void captureAccessLog() {
        lines.start();
        accessLogger.addAppender(lines);
    }

    @AfterEach
    void releaseAccessLog() {
        accessLogger.detachAppender(lines);
    }

    @Test
    void aRequestGetsOneLineWithRouteStatusBytesAndRequestId() {
        TestUser jake = fixtures.register("jake");
        String slug = fixtures.publish(jake, "Logged article", "logs");
        lines.list.clear();

        Response response = api.exchangeWithHeader("GET", "/api/articles/" + slug, "X-Request-Id", "req-access-1");

        ILoggingEvent line = onlyLine();
        Map<String, Object> fields = fields(line);
        assertThat(fields).containsEntry("http.request.method", "GET")
                .containsEntry("http.route", "/api/articles/{slug}")
                .containsEntry("http.response.status_code", 200)
                .containsEntry("http.response.body.bytes", (long) response.body().getBytes(UTF_8).length)
                .containsEntry("user.id", "-")
                .containsKey("event.duration_ms");
        assertThat(line.getMDCPropertyMap()).containsEntry("requestId", "req-access-1");
    }

    @Test
    void aSignedInRequestNamesTheUserButNeverTheToken() {
        TestUser jake = fixtures.register("jake");
        lines.list.clear();

        api.get("/api/user", jake.token());

        ILoggingEvent line = onlyLine();
        assertThat(fields(line).get("user.id")).isNotEqualTo("-");
        assertThat(line.getFormattedMessage() + fields(line) + line.getMDCPropertyMap()).doesNotContain(jake.token());
    }

    @Test
    void aW3cTraceparentFromTheCallerIsContinuedInTheLine() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        api.exchangeWithHeader("GET", "/api/tags", "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");

        assertThat(onlyLine().getMDCPropertyMap()).containsEntry("traceId", traceId).containsKey("spanId");
    }

    @Test
    void aRejectedRequestIsLoggedWithItsStatus() {
        api.get("/api/user", "not-a-token");

        assertThat(fields(onlyLine())).containsEntry("http.response.status_code", 401);
    }

    private ILoggingEvent onlyLine() {
        List<ILoggingEvent> logged = List.copyOf(lines.list);
        assertThat(logged).hasSize(1);
        return logged.get(0);
    }

    private static Map<String, Object> fields(ILoggingEvent line) {
        return line.getKeyValuePairs().stream().collect(Collectors.toMap(pair -> pair.key, pair -> pair.value));
    }
}
