package io.conduit.support;

import java.net.http.HttpHeaders;

import com.jayway.jsonpath.JsonPath;

/** A response of the API under test, with JSON-path access to its body. */
public record Response(int status, String body, HttpHeaders headers) {

    /** The value at a JSON path, e.g. {@code $.user.token}. */
    public <T> T json(String path) {
        return JsonPath.read(body, path);
    }

    public String string(String path) {
        return json(path);
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
