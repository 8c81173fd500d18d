package io.conduit.support;

import java.util.ArrayList;
import java.util.List;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the SQL statements the application executes, with their parameters, while a test asks it
 * to, so that the test can replay exactly those statements (under EXPLAIN, say).
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementRecorder {

    /** One executed statement: its text and the JDBC setter calls that bound its parameters. */
    public record RecordedStatement(String sql, List<ParameterSetOperation> parameters) {
    }

    private static final List<RecordedStatement> RECORDED = new ArrayList<>();
    private static volatile boolean recording;

    public static synchronized void start() {
        RECORDED.clear();
        recording = true;
    }

    public static synchronized List<RecordedStatement> stop() {
        recording = false;
        return List.copyOf(RECORDED);
    }

    private static synchronized void record(RecordedStatement statement) {
        if (recording) {
            RECORDED.add(statement);
        }
    }

    @Bean
    QueryExecutionListener statementRecorder() {
        return new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            }

            @Override
            public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                if (!recording) {
                    return;
                }
                for (QueryInfo query : queries) {
                    List<List<ParameterSetOperation>> batches = query.getParametersList();
                    record(new RecordedStatement(query.getQuery(), batches.isEmpty() ? List.of() : batches.get(0)));
                }
            }
        };
    }
}
