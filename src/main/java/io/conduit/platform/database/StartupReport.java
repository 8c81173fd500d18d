package io.conduit.platform.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Says in one line where Conduit listens and which database it uses, the first thing an operator asks. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedPostgres> embedded;

    StartupReport(DataSource dataSource, ObjectProvider<EmbeddedPostgres> embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) throws SQLException {
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        log.info("Conduit listening on http://localhost:{}/api using {} database {}",
                port, embedded.getIfAvailable() != null ? "embedded" : "external", url);
    }
}
