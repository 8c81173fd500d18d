package io.conduit.comments;

import io.conduit.platform.web.NotFoundException;

/** 404 {@code comment}: the article has no comment with that id. */
class CommentNotFound extends NotFoundException {

    CommentNotFound() {
        super("comment");
    }
}
