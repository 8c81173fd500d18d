package io.conduit.platform.observability;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param slowRequestThreshold a request slower than this is logged at WARN with its timing
 * @param slowQueryThreshold   an SQL statement slower than this is logged at WARN with its text
 */
@ConfigurationProperties("conduit.observability")
record ObservabilityProperties(@DefaultValue("500ms") Duration slowRequestThreshold,
                               @DefaultValue("100ms") Duration slowQueryThreshold) {
}
