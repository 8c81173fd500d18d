package io.conduit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.conduit.support.ApiTest;
import io.conduit.support.Response;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The served API documentation lists every operation of the RealWorld spec (a copy of v2.0.0 in
 * test resources), under the same paths and methods, and Swagger UI is reachable.
 */
class ApiDocumentationTests extends ApiTest {

    @Test
    void servedDocumentationHasEveryOperationOfTheSpec() throws IOException {
        Response docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);

        Set<String> served = operations(docs.json("$.paths"), "");
        Set<String> specified;
        try (InputStream spec = getClass().getResourceAsStream("/realworld/openapi.yml")) {
            Map<String, Object> yaml = new Yaml().load(spec);
            @SuppressWarnings("unchecked")
            Map<String, Object> paths = (Map<String, Object>) yaml.get("paths");
            specified = operations(paths, "/api");
        }
        assertThat(served).containsAll(specified);
    }

    @Test
    void swaggerUiIsServed() {
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> operations(Map<String, Object> paths, String prefix) {
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "delete").contains(method))
                .forEach(method -> operations.add(method.toUpperCase() + " " + prefix
                        + path.replaceAll("\\{[^}]+}", "{}"))));
        return operations;
    }
}
