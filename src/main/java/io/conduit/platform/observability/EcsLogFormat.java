package io.conduit.platform.observability;

import java.nio.charset.Charset;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import org.slf4j.event.KeyValuePair;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.ContextPairs;
import org.springframework.boot.logging.structured.ElasticCommonSchemaProperties;
import org.springframework.boot.logging.structured.JsonWriterStructuredLogFormatter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;
import org.springframework.core.env.Environment;

/**
 * Log lines in the Elastic Common Schema, the fields of Spring Boot's {@code ecs} format, built as
 * a string and encoded to bytes in one step. Spring Boot's formatter encodes each line through an
 * {@code OutputStreamWriter} a few characters at a time; with one access-log line per request that
 * was about 5% of the CPU of a 1 ms request (docs/benchmarks/instrumentation-overhead.md).
 *
 * <p>Named by class in logback-spring.xml; Spring Boot's structured-logging support constructs it
 * and supplies the parameters. Markers are not written: Conduit does not log with markers.
 */
public class EcsLogFormat extends JsonWriterStructuredLogFormatter<ILoggingEvent> {

    private static final JsonWriter.PairExtractor<KeyValuePair> KEY_VALUE =
            JsonWriter.PairExtractor.of(pair -> pair.key, pair -> pair.value);

    public EcsLogFormat(Environment environment, ContextPairs contextPairs, ThrowableProxyConverter stackTraces,
                        StructuredLoggingJsonMembersCustomizer.Builder<?> customizers) {
        super(members -> fields(environment, contextPairs, stackTraces, members), customizers.nested().build());
    }

    private static void fields(Environment environment, ContextPairs contextPairs, ThrowableProxyConverter stackTraces,
                               JsonWriter.Members<ILoggingEvent> line) {
        line.add("@timestamp", ILoggingEvent::getInstant);
        line.add("log").usingMembers(log -> {
            log.add("level", ILoggingEvent::getLevel);
            log.add("logger", ILoggingEvent::getLoggerName);
        });
        Long pid = environment.getProperty("spring.application.pid", Long.class);
        line.add("process").usingMembers(process -> {
            process.add("pid", pid).whenNotNull();
            process.add("thread").usingMembers(thread -> thread.add("name", ILoggingEvent::getThreadName));
        });
        ElasticCommonSchemaProperties.get(environment).jsonMembers(line);
        line.add("message", ILoggingEvent::getFormattedMessage);
        line.add().usingPairs(contextPairs.nested(pairs -> {
            pairs.addMapEntries(ILoggingEvent::getMDCPropertyMap);
            pairs.add(ILoggingEvent::getKeyValuePairs, KEY_VALUE);
        }));
        line.add().whenNotNull(ILoggingEvent::getThrowableProxy).usingMembers(failure ->
                failure.add("error").usingMembers(error -> {
                    error.add("type", ILoggingEvent::getThrowableProxy).as(IThrowableProxy::getClassName);
                    error.add("message", ILoggingEvent::getThrowableProxy).as(IThrowableProxy::getMessage);
                    error.add("stack_trace", stackTraces::convert);
                }));
        line.add("ecs").usingMembers(ecs -> ecs.add("version", "8.11"));
    }

    @Override
    public byte[] formatAsBytes(ILoggingEvent event, Charset charset) {
        return format(event).getBytes(charset);
    }
}
