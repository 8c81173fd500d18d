package io.conduit.platform.web;

import org.springframework.http.HttpStatus;

/** 422: a request that is well-formed JSON but breaks a rule no annotation can express. */
public class InvalidRequestException extends ApiException {

    public InvalidRequestException(String field, String message) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, field, message);
    }
}
