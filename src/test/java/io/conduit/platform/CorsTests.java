package io.conduit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import io.conduit.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Front ends run on other origins: by default any origin may call the API, preflights included. */
class CorsTests extends ApiTest {

    private static final String ORIGIN = "http://frontend.example:4100";

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void aPreflightFromAnyOriginIsAllowedWithTheRequestedHeaders() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/articles"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Access-Control-Allow-Origin")).isIn(ORIGIN, "*");
        assertThat(listHeader(response, "Access-Control-Allow-Headers"))
                .contains("content-type", "authorization");
        assertThat(listHeader(response, "Access-Control-Allow-Methods")).contains("post");
    }

    @Test
    void aPreflightForAnAuthenticatedEndpointNeedsNoToken() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/user"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "content-type,authorization"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Access-Control-Allow-Origin")).isIn(ORIGIN, "*");
        assertThat(listHeader(response, "Access-Control-Allow-Methods")).contains("put");
    }

    @Test
    void aSimpleRequestWithAnOriginIsAllowed() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/articles"))
                .GET()
                .header("Origin", ORIGIN));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Access-Control-Allow-Origin")).isIn(ORIGIN, "*");
    }

    @Test
    void anErrorAnswerCarriesTheCorsHeadersSoTheBrowserCanReadIt() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/user"))
                .GET()
                .header("Origin", ORIGIN));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(header(response, "Access-Control-Allow-Origin")).isIn(ORIGIN, "*");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** A comma-separated header as lower-case items, however the server splits it over lines. */
    private static List<String> listHeader(HttpResponse<?> response, String name) {
        return response.headers().allValues(name).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(item -> item.strip().toLowerCase())
                .toList();
    }
}
