package io.conduit.platform.web;

import org.springframework.http.HttpStatus;

/** 401: credentials or token are missing or wrong. */
public class UnauthorizedException extends ApiException {

    public UnauthorizedException(String key, String message) {
        super(HttpStatus.UNAUTHORIZED, key, message);
    }
}
