package io.conduit.platform.observability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Access lines are written in batches, at most a flush interval late; every other line is written
 * at once, after the access lines logged before it.
 */
class BatchingConsoleAppenderTests {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final LoggerContext context = new LoggerContext();
    private final BatchingConsoleAppender appender = new BatchingConsoleAppender(console);

    @BeforeEach
    void start() {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setFlushInterval(ch.qos.logback.core.util.Duration.buildByMilliseconds(200));
        appender.start();
    }

    @AfterEach
    void stop() {
        appender.stop();
    }

    @Test
    void anAccessLineWaitsInTheBufferUntilTheFlushInterval() {
        appender.doAppend(event("conduit.access", Level.INFO, "GET /api/articles 200"));

        assertThat(written()).isEmpty();
        await().atMost(Duration.ofSeconds(2)).until(() -> written().equals("GET /api/articles 200\n"));
    }

    @Test
    void anyOtherLineIsWrittenAtOnceAfterTheAccessLinesBeforeIt() {
        appender.doAppend(event("conduit.access", Level.INFO, "GET /api/articles 200"));
        appender.doAppend(event("conduit.access", Level.INFO, "GET /api/tags 200"));
        appender.doAppend(event("io.conduit.articles.ArticleService", Level.ERROR, "Unexpected failure"));

        assertThat(written()).isEqualTo("GET /api/articles 200\nGET /api/tags 200\nUnexpected failure\n");
    }

    @Test
    void stoppingWritesWhatIsStillBuffered() {
        appender.doAppend(event("conduit.access", Level.INFO, "GET /api/user 401"));

        appender.stop();

        assertThat(written()).isEqualTo("GET /api/user 401\n");
    }

    private String written() {
        return console.toString(UTF_8);
    }

    private LoggingEvent event(String logger, Level level, String message) {
        LoggingEvent event = new LoggingEvent();
        event.setLoggerName(logger);
        event.setLevel(level);
        event.setMessage(message);
        event.setTimeStamp(System.currentTimeMillis());
        event.setLoggerContext(context);
        event.setMDCPropertyMap(Map.of());
        return event;
    }
}
