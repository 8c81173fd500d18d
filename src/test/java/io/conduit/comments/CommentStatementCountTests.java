package io.conduit.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import io.conduit.support.SqlStatementCounter;
import io.conduit.support.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reading the comments of an article costs the same number of SQL statements for one comment as for
 * twenty-five by five authors: no per-comment lookups. The reader follows two of the commenters and
 * likes one of the articles.
 */
class CommentStatementCountTests extends ApiTest {

    TestUser reader;
    String busyArticle;
    String quietArticle;

    @BeforeEach
    void anArticleWithTwentyFiveCommentsAndOneWithOne() {
        TestUser ada = fixtures.register("ada");
        TestUser bob = fixtures.register("bob");
        TestUser cy = fixtures.register("cy");
        TestUser dee = fixtures.register("dee");
        reader = fixtures.register("reader");
        busyArticle = fixtures.publish(ada, "Busy article", "common");
        quietArticle = fixtures.publish(bob, "Quiet article", "common");
        fixtures.follow(reader, ada);
        fixtures.follow(reader, cy);
        fixtures.favorite(reader, busyArticle);
        fixtures.favorite(cy, quietArticle);
        List<TestUser> commenters = List.of(ada, bob, cy, dee, reader);
        for (int i = 0; i < 25; i++) {
            fixtures.comment(commenters.get(i % commenters.size()), busyArticle, "Comment " + i);
        }
        fixtures.comment(dee, quietArticle, "The only comment");
    }

    @Test
    void oneCommentAndTwentyFiveCostTheSameStatementsAnonymously() {
        assertSameStatements(null, "anonymous");
    }

    @Test
    void oneCommentAndTwentyFiveCostTheSameStatementsSignedIn() {
        assertSameStatements(reader.token(), "signed in");
    }

    private void assertSameStatements(String token, String viewer) {
        int one = statements(quietArticle, token, 1);
        int many = statements(busyArticle, token, 25);

        String counts = "SQL statements for GET comments (%s): 1 comment = %d, 25 comments = %d"
                .formatted(viewer, one, many);
        System.out.println(counts);
        assertThat(many).as(counts).isEqualTo(one);
    }

    private int statements(String slug, String token, int expectedComments) {
        SqlStatementCounter.reset();
        Response response = api.get("/api/articles/" + slug + "/comments", token);
        int count = SqlStatementCounter.count();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.<List<Object>>json("$.comments")).hasSize(expectedComments);
        return count;
    }
}
