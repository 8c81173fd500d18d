package io.conduit.platform.web;

import org.springframework.http.HttpStatus;

/** 403: the viewer may not change this resource; the key names it ({@code article}, {@code comment}). */
public class ForbiddenException extends ApiException {

    public ForbiddenException(String resource) {
        super(HttpStatus.FORBIDDEN, resource, "forbidden");
    }
}
