package io.conduit.profiles;

import io.conduit.platform.web.NotFoundException;

/** 404 {@code profile}: no user has that username. */
public class ProfileNotFound extends NotFoundException {

    public ProfileNotFound() {
        super("profile");
    }
}
