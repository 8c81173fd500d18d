package io.conduit.platform.observability;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import net.ttddyy.observation.tracing.QueryContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logs SQL statements slower than the threshold, with their text and timing. It rides on the JDBC
 * observations of datasource-micrometer, so there is no second proxy around the connection pool.
 */
@Component
class SlowQueryLog implements ObservationHandler<QueryContext> {

    private static final Logger log = LoggerFactory.getLogger(SlowQueryLog.class);
    private static final String STARTED = SlowQueryLog.class.getName() + ".started";

    private final long thresholdNanos;

    SlowQueryLog(ObservabilityProperties properties) {
        this.thresholdNanos = properties.slowQueryThreshold().toNanos();
    }

    @Override
    public void onStart(QueryContext context) {
        context.put(STARTED, System.nanoTime());
    }

    @Override
    public void onStop(QueryContext context) {
        Long started = context.get(STARTED);
        if (started == null) {
            return;
        }
        long nanos = System.nanoTime() - started;
        if (nanos > thresholdNanos) {
            log.warn("Slow SQL: {} ms (threshold {} ms): {}", nanos / 1_000_000, thresholdNanos / 1_000_000,
                    String.join("; ", context.getQueries()));
        }
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return context instanceof QueryContext;
    }
}
