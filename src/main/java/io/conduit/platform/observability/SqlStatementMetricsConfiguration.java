package io.conduit.platform.observability;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts datasource-proxy between the connection pool and the driver so that every statement reaches
 * the {@link QueryExecutionListener} beans: {@link SqlStatementMetrics} in production, and whatever
 * a test adds. {@code conduit.observability.sql-metrics.enabled=false} leaves the DataSource bare.
 *
 * <p>Under the pool rather than around it: a proxy around the pool wraps every connection checkout
 * (a new JDK proxy, connection-id bookkeeping, a reflective close), one per statement outside a
 * transaction; under it, each physical connection is wrapped once, when the pool opens it.
 * Statements are proxied either way. Any other DataSource, or a pool that already runs or has a
 * DataSource of its own, is wrapped as a whole.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "conduit.observability.sql-metrics.enabled", matchIfMissing = true)
class SqlStatementMetricsConfiguration {

    @Bean
    SqlStatementMetrics sqlStatementMetrics(MeterRegistry registry, ObservabilityProperties properties) {
        return new SqlStatementMetrics(registry, properties.slowQueryThreshold().toNanos());
    }

    @Bean
    static BeanPostProcessor statementListeningDataSource(ObjectProvider<QueryExecutionListener> listeners) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && pool.getJdbcUrl() != null
                        && !pool.isRunning() && !pool.isClosed()) {
                    pool.setDataSource(listening(beanName, new DriverDataSource(pool.getJdbcUrl(),
                            pool.getDriverClassName(), pool.getDataSourceProperties(), pool.getUsername(),
                            pool.getPassword()), listeners));
                    return pool;
                }
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    return listening(beanName, dataSource, listeners);
                }
                return bean;
            }
        };
    }

    private static ProxyDataSource listening(String name, DataSource dataSource,
            ObjectProvider<QueryExecutionListener> listeners) {
        ProxyDataSourceBuilder builder = ProxyDataSourceBuilder.create(name, dataSource);
        listeners.orderedStream().forEach(builder::listener);
        return builder.build();
    }
}
