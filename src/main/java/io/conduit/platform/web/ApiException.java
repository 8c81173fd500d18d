package io.conduit.platform.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * Base of every domain exception that the API answers with its error envelope. Feature modules
 * subclass the specific kinds ({@link NotFoundException}, {@link ForbiddenException},
 * {@link ConflictException}, {@link InvalidRequestException}) so that one handler maps them all
 * without knowing any module.
 */
public abstract class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final Map<String, List<String>> errors;

    protected ApiException(HttpStatus status, String key, String message) {
        super(key + " " + message);
        this.status = status;
        this.errors = Map.of(key, List.of(message));
    }

    public HttpStatus status() {
        return status;
    }

    public ErrorResponse body() {
        return new ErrorResponse(errors);
    }
}
