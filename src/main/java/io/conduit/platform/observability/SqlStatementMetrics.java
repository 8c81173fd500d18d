package io.conduit.platform.observability;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times every SQL statement as {@code conduit_sql_seconds{statement, outcome}} and logs the ones
 * slower than the threshold with their text. {@code statement} names the kind and main table of the
 * statement ("select articles", "insert favorites"), so the series stay few whatever the SQL.
 *
 * <p>A datasource-proxy listener rather than an Observation per statement or an aspect per
 * repository call: both cost more than the statement's own JDBC work on a 1 ms request
 * (docs/benchmarks/instrumentation-overhead.md). The timer of each distinct SQL text is looked up
 * once and kept.
 */
class SqlStatementMetrics implements QueryExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(SqlStatementMetrics.class);
    private static final String STARTED = SqlStatementMetrics.class.getName() + ".started";
    /** Bounds the cache should a caller ever build SQL text from data; the timers stay few anyway. */
    private static final int MAX_CACHED_STATEMENTS = 1_000;
    private static final Pattern TARGET_TABLE =
            Pattern.compile("\\b(?:from|into|update|join)\\s+([a-z_][a-z0-9_.]*)");

    private final MeterRegistry registry;
    private final long slowThresholdNanos;
    private final Map<String, Timer> successTimers = new ConcurrentHashMap<>();

    SqlStatementMetrics(MeterRegistry registry, long slowThresholdNanos) {
        this.registry = registry;
        this.slowThresholdNanos = slowThresholdNanos;
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        execution.addCustomValue(STARTED, System.nanoTime());
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        Long started = execution.getCustomValue(STARTED, Long.class);
        if (started == null || queries.isEmpty()) {
            return;
        }
        long nanos = System.nanoTime() - started;
        String sql = queries.get(0).getQuery();
        timerFor(sql, execution.isSuccess()).record(nanos, TimeUnit.NANOSECONDS);
        if (nanos > slowThresholdNanos) {
            log.warn("Slow SQL: {} ms (threshold {} ms): {}", nanos / 1_000_000, slowThresholdNanos / 1_000_000,
                    queries.size() == 1 ? sql : String.join("; ", queries.stream().map(QueryInfo::getQuery).toList()));
        }
    }

    private Timer timerFor(String sql, boolean success) {
        if (!success) {
            return timer(statementName(sql), "error");
        }
        Timer timer = successTimers.get(sql);
        if (timer == null) {
            timer = timer(statementName(sql), "success");
            if (successTimers.size() < MAX_CACHED_STATEMENTS) {
                successTimers.put(sql, timer);
            }
        }
        return timer;
    }

    private Timer timer(String statement, String outcome) {
        return Timer.builder("conduit.sql")
                .description("SQL statements executed, by kind and main table")
                .tag("statement", statement)
                .tag("outcome", outcome)
                .register(registry);
    }

    /** "select articles", "insert favorites", "with articles": the verb and the first table named. */
    static String statementName(String sql) {
        String normalized = sql.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < normalized.length() && Character.isLetter(normalized.charAt(end))) {
            end++;
        }
        String verb = end == 0 ? "other" : normalized.substring(0, end);
        Matcher table = TARGET_TABLE.matcher(normalized);
        return table.find() ? verb + " " + table.group(1) : verb;
    }
}
