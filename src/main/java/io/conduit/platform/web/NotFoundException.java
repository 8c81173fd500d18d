package io.conduit.platform.web;

import org.springframework.http.HttpStatus;

/** 404: the key names the missing resource ({@code article}, {@code profile}, {@code comment}). */
public class NotFoundException extends ApiException {

    public NotFoundException(String resource) {
        super(HttpStatus.NOT_FOUND, resource, "not found");
    }
}
