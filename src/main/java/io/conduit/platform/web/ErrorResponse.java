package io.conduit.platform.web;

import java.util.List;
import java.util.Map;

/**
 * The RealWorld error envelope: {@code {"errors": {"<key>": ["<message>", ...]}}}.
 */
public record ErrorResponse(Map<String, List<String>> errors) {

    public static ErrorResponse of(String key, String message) {
        return new ErrorResponse(Map.of(key, List.of(message)));
    }
}
