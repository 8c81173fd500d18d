package io.conduit.platform.web;

import org.springframework.http.HttpStatus;

/** 409: a unique value is already taken; the key names the field ({@code username}, {@code email}). */
public class ConflictException extends ApiException {

    public ConflictException(String field) {
        super(HttpStatus.CONFLICT, field, "has already been taken");
    }
}
