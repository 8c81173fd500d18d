package io.conduit.articles;

import io.conduit.platform.web.ForbiddenException;

/** 403 {@code article}: only its author may change or delete an article. */
class NotTheAuthor extends ForbiddenException {

    NotTheAuthor() {
        super("article");
    }
}
