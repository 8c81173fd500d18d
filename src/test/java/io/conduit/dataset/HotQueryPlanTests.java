package io.conduit.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import io.conduit.support.SqlStatementRecorder;
import io.conduit.support.SqlStatementRecorder.RecordedStatement;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hot read endpoints, on a generated dataset (a fifth of scale 1: 2,000 users, 10,000 articles,
 * 100,000 favorites), must read the large tables through their indexes. Each endpoint is called
 * through the API; every SELECT it ran is replayed under EXPLAIN with the same parameters, and the
 * plan fails the test when it scans a large table sequentially or sorts more rows than a page needs
 * (a sort that an index should have delivered in order). Each endpoint is called twice and the
 * second call is examined: what a cache answers (the article count, the tags) is not re-read.
 */
class HotQueryPlanTests extends ApiTest {

    private static final double SCALE = 0.2;
    private static final Set<String> LARGE_TABLES =
            Set.of("users", "articles", "article_tags", "favorites", "follows", "comments");
    /** More rows than this going into a Sort means the order did not come from an index. */
    private static final int MAX_SORTED_ROWS = 1_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private DataSource dataSource;

    @TestFactory
    Stream<DynamicTest> hotEndpointsReadLargeTablesThroughIndexes() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            new DatasetGenerator(SCALE, 42, 4).fill(connection);
        }
        forgetCaches();
        long heavyFollower = id("SELECT follower_id FROM follows GROUP BY follower_id ORDER BY count(*) DESC LIMIT 1");
        String token = api.post("/api/users/login", """
                {"user":{"email":"user%d@%s","password":"%s"}}"""
                .formatted(heavyFollower, DatasetGenerator.EMAIL_DOMAIN, DatasetGenerator.PASSWORD))
                .string("user.token");
        String popularTag = text("""
                SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
                GROUP BY t.name ORDER BY count(*) DESC, t.name LIMIT 1""");
        String rareTag = text("""
                SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
                GROUP BY t.name ORDER BY count(*), t.name LIMIT 1""");
        String prolificAuthor = text("""
                SELECT u.username FROM articles a JOIN users u ON u.id = a.author_id
                GROUP BY u.username ORDER BY count(*) DESC, u.username LIMIT 1""");
        String heavyFavoriter = text("""
                SELECT u.username FROM favorites f JOIN users u ON u.id = f.user_id
                GROUP BY u.username ORDER BY count(*) DESC, u.username LIMIT 1""");
        String popularArticle = text("SELECT slug FROM articles ORDER BY favorites_count DESC, id LIMIT 1");
        String mostCommented = text("""
                SELECT a.slug FROM comments c JOIN articles a ON a.id = c.article_id
                GROUP BY a.slug ORDER BY count(*) DESC, a.slug LIMIT 1""");

        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("global list", "/api/articles?limit=20");
        endpoints.put("global list, page 20", "/api/articles?limit=20&offset=380");
        endpoints.put("list by popular tag", "/api/articles?limit=20&tag=" + popularTag);
        endpoints.put("list by rare tag", "/api/articles?limit=20&tag=" + rareTag);
        endpoints.put("list by author", "/api/articles?limit=20&author=" + prolificAuthor);
        endpoints.put("list favorited by", "/api/articles?limit=20&favorited=" + heavyFavoriter);
        endpoints.put("feed", "/api/articles/feed?limit=20");
        endpoints.put("feed, page 5", "/api/articles/feed?limit=20&offset=80");
        endpoints.put("article", "/api/articles/" + popularArticle);
        endpoints.put("comments", "/api/articles/" + mostCommented + "/comments");
        endpoints.put("profile", "/api/profiles/" + prolificAuthor);
        endpoints.put("tags", "/api/tags");
        endpoints.put("current user", "/api/user");

        return endpoints.entrySet().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.getKey(), () -> {
            // The second call is the one that counts: the hot path is the warm path, caches filled.
            // The tags are all cached, so for them the cold call is the one to look at.
            if (!endpoint.getKey().equals("tags")) {
                api.get(endpoint.getValue(), token);
            }
            SqlStatementRecorder.start();
            Response response = api.get(endpoint.getValue(), token);
            List<RecordedStatement> statements = SqlStatementRecorder.stop();
            assertThat(response.status()).as(response.toString()).isEqualTo(200);

            List<String> problems = new ArrayList<>();
            for (RecordedStatement statement : statements) {
                if (statement.sql().stripLeading().regionMatches(true, 0, "SELECT", 0, 6)) {
                    JsonNode plan = explain(statement);
                    problems.addAll(problemsIn(plan.get(0).get("Plan")).stream()
                            .map(problem -> problem + " in: " + statement.sql().replaceAll("\\s+", " ")
                                    + "\nplan: " + plan)
                            .toList());
                }
            }
            assertThat(statements).as("statements run by GET " + endpoint.getValue()).isNotEmpty();
            assertThat(problems).as("plans of GET " + endpoint.getValue()).isEmpty();
        }));
    }

    private JsonNode explain(RecordedStatement statement) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN (FORMAT JSON) " + statement.sql())) {
            for (ParameterSetOperation parameter : statement.parameters()) {
                parameter.getMethod().invoke(explain, parameter.getArgs());
            }
            try (ResultSet result = explain.executeQuery()) {
                result.next();
                return JSON.readTree(result.getString(1));
            }
        }
    }

    private static List<String> problemsIn(JsonNode node) {
        List<String> problems = new ArrayList<>();
        String type = node.get("Node Type").asString();
        if (type.equals("Seq Scan") && LARGE_TABLES.contains(node.get("Relation Name").asString())) {
            problems.add("sequential scan of " + node.get("Relation Name").asString());
        }
        if (type.equals("Sort")) {
            long input = node.get("Plans").get(0).get("Plan Rows").asLong();
            if (input > MAX_SORTED_ROWS) {
                problems.add("sort of about " + input + " rows");
            }
        }
        if (node.has("Plans")) {
            node.get("Plans").forEach(child -> problems.addAll(problemsIn(child)));
        }
        return problems;
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String text(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }
}
