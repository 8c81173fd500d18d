package io.conduit.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL that Conduit starts when no {@code spring.datasource.url} is configured.
 *
 * @param directory where its data lives across restarts
 * @param port      its TCP port on localhost; 0 picks a free one
 */
@ConfigurationProperties("conduit.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue(".data/postgres") Path directory, @DefaultValue("0") int port) {
}
