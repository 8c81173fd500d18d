package io.conduit.comments;

import io.conduit.platform.web.ForbiddenException;

/** 403 {@code comment}: only its author may delete a comment. */
class NotTheCommenter extends ForbiddenException {

    NotTheCommenter() {
        super("comment");
    }
}
