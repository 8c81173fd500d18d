package io.conduit.articles;

import org.springframework.stereotype.Service;

/** The articles module's published API, for modules that hang things off an article. */
@Service
public class Articles {

    private final ArticleRepository repository;

    Articles(ArticleRepository repository) {
        this.repository = repository;
    }

    /**
     * The id of the article with this slug.
     *
     * @throws ArticleNotFound when there is none
     */
    public long idOfSlug(String slug) {
        return repository.idOfSlug(slug).orElseThrow(ArticleNotFound::new);
    }
}
