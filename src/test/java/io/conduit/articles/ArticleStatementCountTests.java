package io.conduit.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import io.conduit.support.SqlStatementCounter;
import io.conduit.support.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every article list costs the same number of SQL statements for a page of 1 as for a page of 20: no
 * per-row lookups. Thirty articles, mostly by Ada, some by Bob, Cy and Dee, all tagged "common"; the
 * reader follows Ada and Bob and favorites some articles, the fan favorites most, Bob a few.
 */
class ArticleStatementCountTests extends ApiTest {

    TestUser reader;

    @BeforeEach
    void thirtyArticlesByFourAuthorsWithTagsFollowsAndFavorites() {
        TestUser ada = fixtures.register("ada");
        TestUser bob = fixtures.register("bob");
        TestUser cy = fixtures.register("cy");
        TestUser dee = fixtures.register("dee");
        reader = fixtures.register("reader");
        TestUser fan = fixtures.register("fan");
        List<TestUser> occasional = List.of(bob, cy, dee);
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            TestUser author = i % 5 == 4 ? occasional.get(i / 5 % 3) : ada;
            slugs.add(i % 2 == 0
                    ? fixtures.publish(author, "Article " + i, "common", "t" + i % 3, "even")
                    : fixtures.publish(author, "Article " + i, "common", "t" + i % 3));
        }
        fixtures.follow(reader, ada);
        fixtures.follow(reader, bob);
        fixtures.follow(fan, cy);
        for (int i = 0; i < slugs.size(); i++) {
            if (i % 10 != 3) {
                fixtures.favorite(fan, slugs.get(i));
            }
            if (i % 3 == 0) {
                fixtures.favorite(reader, slugs.get(i));
            }
            if (i % 5 == 0) {
                fixtures.favorite(bob, slugs.get(i));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/articles?", "/api/articles?tag=common&", "/api/articles?author=ada&",
            "/api/articles?favorited=fan&", "/api/articles?tag=common&author=ada&favorited=fan&"})
    void aPageOfOneAndAPageOfTwentyCostTheSameStatementsAnonymouslyAndSignedIn(String list) {
        assertSameStatementsForOneAndTwenty(list, null, "anonymous");
        assertSameStatementsForOneAndTwenty(list, reader.token(), "signed in");
    }

    @Test
    void aPageOfOneAndAPageOfTwentyOfTheFeedCostTheSameStatements() {
        assertSameStatementsForOneAndTwenty("/api/articles/feed?", reader.token(), "signed in");
    }

    @Test
    void theFilteredListsReallyHoldMoreThanTwentyArticles() {
        assertThat(api.get("/api/articles?tag=common").<Integer>json("$.articlesCount")).isEqualTo(30);
        assertThat(api.get("/api/articles?author=ada").<Integer>json("$.articlesCount")).isEqualTo(24);
        assertThat(api.get("/api/articles?favorited=fan").<Integer>json("$.articlesCount")).isEqualTo(27);
        assertThat(api.get("/api/articles?tag=common&author=ada&favorited=fan").<Integer>json("$.articlesCount"))
                .isEqualTo(21);
        assertThat(api.get("/api/articles/feed", reader.token()).<Integer>json("$.articlesCount")).isEqualTo(26);
        assertThat(api.get("/api/articles?limit=20").<List<String>>json("$.articles[*].author.username"))
                .contains("ada", "bob", "cy", "dee");
    }

    private void assertSameStatementsForOneAndTwenty(String list, String token, String viewer) {
        int one = statements(list + "limit=1", token, 1);
        int twenty = statements(list + "limit=20", token, 20);

        String counts = "SQL statements for %s (%s): page of 1 = %d, page of 20 = %d"
                .formatted(list, viewer, one, twenty);
        System.out.println(counts);
        assertThat(twenty).as(counts).isEqualTo(one);
    }

    /** Statements of the second of two identical requests: what a warm cache answers is not counted. */
    private int statements(String path, String token, int expectedArticles) {
        api.get(path, token);
        SqlStatementCounter.reset();
        Response response = api.get(path, token);
        int count = SqlStatementCounter.count();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.<List<Object>>json("$.articles")).as(path).hasSize(expectedArticles);
        return count;
    }
}
