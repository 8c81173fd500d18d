package io.conduit.articles;

import io.conduit.platform.web.NotFoundException;

/** 404 {@code article}: no article has that slug. */
public class ArticleNotFound extends NotFoundException {

    public ArticleNotFound() {
        super("article");
    }
}
