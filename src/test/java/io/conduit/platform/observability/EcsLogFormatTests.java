package io.conduit.platform.observability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

/** The log lines keep the Elastic Common Schema fields that log pipelines read. */
class EcsLogFormatTests {

    private final LoggerContext context = new LoggerContext();
    private final StructuredLogEncoder encoder = new StructuredLogEncoder();

    EcsLogFormatTests() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.application.name", "conduit")
                .withProperty("spring.application.pid", "4242");
        context.putObject(Environment.class.getName(), environment);
        encoder.setContext(context);
        encoder.setFormat(EcsLogFormat.class.getName());
        encoder.start();
    }

    @AfterEach
    void stop() {
        encoder.stop();
    }

    @Test
    void anAccessLogLineKeepsItsDottedKeysAndCarriesTheRequestContext() {
        LoggingEvent event = event("conduit.access", "GET /api/articles 200 3ms 607B", null);
        event.setMDCPropertyMap(Map.of("requestId", "req-1", "traceId", "trace-1"));
        event.addKeyValuePair(new KeyValuePair("http.route", "/api/articles"));
        event.addKeyValuePair(new KeyValuePair("http.response.status_code", 200));

        String line = new String(encoder.encode(event), UTF_8);
        DocumentContext json = JsonPath.parse(line);

        assertThat(line).endsWith("\n").doesNotContain("\n{");
        assertThat(json.read("$['@timestamp']", String.class)).isNotBlank();
        assertThat(json.read("$.log.level", String.class)).isEqualTo("INFO");
        assertThat(json.read("$.log.logger", String.class)).isEqualTo("conduit.access");
        assertThat(json.read("$.process.pid", Integer.class)).isEqualTo(4242);
        assertThat(json.read("$.service.name", String.class)).isEqualTo("conduit");
        assertThat(json.read("$.message", String.class)).isEqualTo("GET /api/articles 200 3ms 607B");
        assertThat(json.read("$.requestId", String.class)).isEqualTo("req-1");
        assertThat(json.read("$.traceId", String.class)).isEqualTo("trace-1");
        assertThat(json.read("$['http.route']", String.class)).isEqualTo("/api/articles");
        assertThat(json.read("$['http.response.status_code']", Integer.class)).isEqualTo(200);
        assertThat(json.read("$.ecs.version", String.class)).isEqualTo("8.11");
    }

    @Test
    void anErrorCarriesItsTypeMessageAndStackTrace() {
        LoggingEvent event = event("io.conduit.Example", "Unhandled", new IllegalStateException("pool exhausted"));
        event.setMDCPropertyMap(Map.of());

        String line = new String(encoder.encode(event), UTF_8);
        DocumentContext json = JsonPath.parse(line);

        assertThat(json.read("$.log.level", String.class)).isEqualTo("ERROR");
        assertThat(json.read("$.error.type", String.class)).isEqualTo("java.lang.IllegalStateException");
        assertThat(json.read("$.error.message", String.class)).isEqualTo("pool exhausted");
        assertThat(json.read("$.error.stack_trace", String.class))
                .contains("IllegalStateException: pool exhausted").contains("EcsLogFormatTests");
    }

    private LoggingEvent event(String logger, String message, Throwable failure) {
        return new LoggingEvent(getClass().getName(), context.getLogger(logger),
                failure == null ? Level.INFO : Level.ERROR, message, failure, null);
    }
}
