package io.conduit.support;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import net.ttddyy.observation.tracing.QueryContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application executes, whichever thread runs them, so that a test can
 * assert how many statements one HTTP request costs. It listens to the JDBC observations that
 * production already records (datasource-micrometer), one per statement.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter {

    private static final AtomicInteger STATEMENTS = new AtomicInteger();

    public static void reset() {
        STATEMENTS.set(0);
    }

    public static int count() {
        return STATEMENTS.get();
    }

    @Bean
    ObservationHandler<QueryContext> statementCounter() {
        return new ObservationHandler<>() {
            @Override
            public void onStop(QueryContext context) {
                STATEMENTS.incrementAndGet();
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return context instanceof QueryContext;
            }
        };
    }
}
