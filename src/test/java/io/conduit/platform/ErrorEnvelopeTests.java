package io.conduit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import io.conduit.support.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Failures outside the endpoints' own rules still answer in the RealWorld error envelope, with the
 * right status, and never with a stack trace or a 500.
 */
class ErrorEnvelopeTests extends ApiTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void anUnknownPathUnderTheApiIs404InTheEnvelope() {
        TestUser jake = fixtures.register("jake");

        Response response = api.get("/api/no-such-thing", jake.token());

        assertThat(response.status()).isEqualTo(404);
        assertIsAnEnvelope(response.body());
    }

    @Test
    void anUnknownNestedPathUnderTheApiIs404InTheEnvelope() {
        TestUser jake = fixtures.register("jake");

        Response response = api.get("/api/profiles/jake/followers", jake.token());

        assertThat(response.status()).isEqualTo(404);
        assertIsAnEnvelope(response.body());
    }

    @Test
    void aWrongMethodIs405InTheEnvelope() {
        TestUser jake = fixtures.register("jake");

        Response response = api.send("PATCH", "/api/user", "{\"user\":{\"bio\":\"x\"}}", jake.token());

        assertThat(response.status()).isEqualTo(405);
        assertIsAnEnvelope(response.body());
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow ->
                assertThat(allow).contains("GET", "PUT"));
    }

    @Test
    void aWrongMethodOnTheLoginEndpointIs405InTheEnvelope() {
        TestUser jake = fixtures.register("jake");

        Response response = api.send("PUT", "/api/users/login", "{\"user\":{}}", jake.token());

        assertThat(response.status()).isEqualTo(405);
        assertIsAnEnvelope(response.body());
    }

    @Test
    void aWrongContentTypeIs415InTheEnvelope() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/users"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"user\":{\"username\":\"jake\",\"email\":\"jake@jake.jake\",\"password\":\"jakejake\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(415);
        assertIsAnEnvelope(response.body());
    }

    @Test
    void aRequestBodyWithoutContentTypeIs415InTheEnvelope() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/users"))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"user\":{\"username\":\"jake\",\"email\":\"jake@jake.jake\",\"password\":\"jakejake\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(415);
        assertIsAnEnvelope(response.body());
    }

    @Test
    void aJsonBodyOfTheWrongShapeIs422InTheEnvelope() {
        Response response = api.post("/api/users", "{\"user\":\"jake\"}");

        assertThat(response.status()).isEqualTo(422);
        assertIsAnEnvelope(response.body());
    }

    /** {"errors": {"<key>": ["<message>", ...]}} and nothing that betrays the server's insides. */
    private static void assertIsAnEnvelope(String body) {
        Map<String, Object> json = JsonPath.read(body, "$");
        assertThat(json).containsOnlyKeys("errors");
        Map<String, List<String>> errors = JsonPath.read(body, "$.errors");
        assertThat(errors).isNotEmpty();
        assertThat(errors.values()).allSatisfy(messages -> assertThat(messages).isNotEmpty());
        assertThat(body).doesNotContainIgnoringCase("exception")
                .doesNotContain("trace", "at io.", "at org.", "springframework", "\"status\"");
    }
}
