package io.conduit.platform.observability;

import java.util.List;

import javax.sql.DataSource;

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
 * Puts datasource-proxy around the application's DataSource so that every statement reaches the
 * {@link QueryExecutionListener} beans: {@link SqlStatementMetrics} in production, and whatever a test
 * adds. {@code conduit.observability.sql-metrics.enabled=false} leaves the DataSource bare.
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
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    List<QueryExecutionListener> all = listeners.orderedStream().toList();
                    ProxyDataSourceBuilder builder = ProxyDataSourceBuilder.create(beanName, dataSource);
                    all.forEach(builder::listener);
                    return builder.build();
                }
                return bean;
            }
        };
    }
}
