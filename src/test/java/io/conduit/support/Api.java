package io.conduit.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A minimal HTTP client for the API under test: real requests over the socket, as any RealWorld
 * client sends them, with the {@code Token} scheme unless told otherwise.
 */
public final class Api {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public Api(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response get(String path, String token) {
        return send("GET", path, null, token);
    }

    public Response post(String path, String json) {
        return send("POST", path, json, null);
    }

    public Response post(String path, String json, String token) {
        return send("POST", path, json, token);
    }

    public Response put(String path, String json, String token) {
        return send("PUT", path, json, token);
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, null, token);
    }

    public Response send(String method, String path, String json, String token) {
        return exchange(method, path, json, token == null ? null : "Token " + token);
    }

    /** Sends one extra header, no body and no token. */
    public Response exchangeWithHeader(String method, String path, String header, String value) {
        return exchange(method, path, null, null, header, value);
    }

    /** Sends with a raw Authorization header value (or none when null). */
    public Response exchange(String method, String path, String json, String authorization) {
        return exchange(method, path, json, authorization, null, null);
    }

    private Response exchange(String method, String path, String json, String authorization, String header,
                              String value) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (header != null) {
            request.header(header, value);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
