package io.conduit.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the HTTP tests: the whole application on a random port against real PostgreSQL (the server
 * of SPRING_DATASOURCE_URL when set, the embedded one otherwise), every table and cache emptied before each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.flyway.clean-disabled=false",
        "management.server.port=0",
        "conduit.embedded-database.directory=target/embedded-postgres",
        "conduit.security.password.bcrypt-strength=4"})
@Import({TestDatabase.class, SqlStatementCounter.class, SqlStatementRecorder.class})
public abstract class ApiTest {

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private CacheManager caches;

    protected Api api;
    protected Fixtures fixtures;

    @BeforeEach
    void emptyDatabase() {
        jdbc.sql("TRUNCATE users, follows, articles, tags, article_tags, favorites, comments RESTART IDENTITY CASCADE")
                .update();
        forgetCaches();
        api = new Api(port);
        fixtures = new Fixtures(api);
    }

    /** After rows were written behind the application's back, its caches must forget what they hold. */
    protected void forgetCaches() {
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
    }
}
