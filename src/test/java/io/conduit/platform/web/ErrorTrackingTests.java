package io.conduit.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** An unexpected exception is counted by type and answered with the request id, never with internals. */
class ErrorTrackingTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ApiErrorHandler handler = new ApiErrorHandler(meters);

    @Test
    void unexpectedExceptionIsCountedAndAnsweredWithTheRequestIdOnly() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/articles");
        request.addHeader("X-Request-Id", "req-42");

        ResponseEntity<ErrorResponse> response =
                handler.unexpected(new IllegalStateException("secret internals"), request);

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().errors().get("server")).containsExactly("unexpected error, request id req-42");
        assertThat(response.getBody().toString()).doesNotContain("secret internals");
        assertThat(meters.counter("conduit.errors", "type", "IllegalStateException").count()).isEqualTo(1.0);
    }
}
