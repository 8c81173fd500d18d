package io.conduit.platform.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.conduit.platform.observability.RequestIds;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where failures become HTTP answers, always in the RealWorld error envelope.
 * Validation problems are 422 with the offending field as key; a stack trace never leaves the
 * server, a 500 carries the request id so that the log line can be found.
 */
@RestControllerAdvice
class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);
    private static final HttpStatus UNPROCESSABLE = HttpStatus.UNPROCESSABLE_CONTENT;
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final MeterRegistry meters;

    ApiErrorHandler(MeterRegistry meters) {
        this.meters = meters;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ErrorResponse> apiException(ApiException e) {
        return ResponseEntity.status(e.status()).body(e.body());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ErrorResponse> invalidBody(MethodArgumentNotValidException e) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.computeIfAbsent(lastSegment(error.getField()), k -> new ArrayList<>())
                    .add(error.getDefaultMessage());
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> errors
                .computeIfAbsent(error.getObjectName(), k -> new ArrayList<>())
                .add(error.getDefaultMessage()));
        return ResponseEntity.status(UNPROCESSABLE).body(new ErrorResponse(errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ErrorResponse> invalidParameter(HandlerMethodValidationException e) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.computeIfAbsent(name, k -> new ArrayList<>()).add(error.getDefaultMessage());
            }
        });
        return ResponseEntity.status(UNPROCESSABLE).body(new ErrorResponse(errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorResponse> wrongParameterType(MethodArgumentTypeMismatchException e) {
        return error(UNPROCESSABLE, e.getName(), "is not a valid value");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ErrorResponse> missingParameter(MissingServletRequestParameterException e) {
        return error(UNPROCESSABLE, e.getParameterName(), "can't be blank");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorResponse> unreadableBody(HttpMessageNotReadableException e) {
        return error(UNPROCESSABLE, "body", "is missing or is not valid JSON");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorResponse> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "body", "must be application/json");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ErrorResponse> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return error(HttpStatus.NOT_ACCEPTABLE, "accept", "only application/json is produced");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErrorResponse> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        // RFC 9110: a 405 must list the allowed methods; the exception's headers carry Allow.
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(e.getHeaders())
                .body(ErrorResponse.of("method", e.getMethod() + " is not allowed here"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ErrorResponse> noSuchPath(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, "path", "not found");
    }

    /**
     * A constraint that a module did not translate itself: most often a race with a concurrent
     * delete (the row referenced is gone) or a duplicate created between two requests. Still the
     * client's view of the data, not a server fault.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ErrorResponse> constraintViolated(DataIntegrityViolationException e, HttpServletRequest request) {
        log.warn("Constraint violated by {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getMostSpecificCause().getMessage());
        if (e instanceof DuplicateKeyException) {
            return error(HttpStatus.CONFLICT, "request", "conflicts with existing data");
        }
        if (e.getMostSpecificCause() instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
            return error(HttpStatus.NOT_FOUND, "resource", "not found");
        }
        return error(UNPROCESSABLE, "request", "is invalid");
    }

    /**
     * Error tracking: one ERROR line with the stack trace, route and request id, one increment of
     * {@code conduit_errors_total{type}}, and a 500 that tells the client only the request id.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorResponse> unexpected(Exception e, HttpServletRequest request) {
        String requestId = RequestIds.of(request);
        Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        log.error("Unhandled exception on {} {} (request id {})", request.getMethod(),
                route != null ? route : request.getRequestURI(), requestId, e);
        meters.counter("conduit.errors", "type", e.getClass().getSimpleName()).increment();
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "server",
                "unexpected error, request id " + requestId);
    }

    private static ResponseEntity<ErrorResponse> error(HttpStatus status, String key, String message) {
        return ResponseEntity.status(status).body(ErrorResponse.of(key, message));
    }

    /** {@code user.email} reports as {@code email}, {@code article.tagList[2]} as {@code tagList}. */
    private static String lastSegment(String path) {
        String withoutIndexes = path.replaceAll("\\[[^]]*]", "");
        return withoutIndexes.substring(withoutIndexes.lastIndexOf('.') + 1);
    }
}
