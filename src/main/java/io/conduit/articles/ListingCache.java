package io.conduit.articles;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The two reads of the listing pages whose cost grows with the whole dataset: the number of
 * articles (in all, or by tag) and the list of tags in use. Counting 500,000 articles for every page
 * of the global list would make the home page slower with every article written; these answers
 * change only when an article is published, retagged or deleted.
 *
 * <p>Entries are evicted when such a write commits on this instance (a publish evicts only the
 * total and the counts of the article's tags), so one instance always answers exactly; other instances see the change when their entries expire ({@code conduit.cache.time-to-live}).
 * The counts are only the pager's total, so a few seconds of lag there is acceptable.
 */
@Component
class ListingCache {

    private static final ArticleFilter ALL = new ArticleFilter(null, null, null);

    private final Cache counts;
    private final Cache tags;

    ListingCache(CacheManager caches) {
        this.counts = caches.getCache("article-counts");
        this.tags = caches.getCache("tags-in-use");
    }

    /** Counts in all and by tag are cached; by author or favoriter they are small index reads that change often. */
    long count(ArticleFilter filter, Supplier<Long> counter) {
        if (filter.authorId() != null || filter.favoritedBy() != null) {
            return counter.get();
        }
        return counts.get(filter, counter::get);
    }

    List<String> tagsInUse(Supplier<List<String>> loader) {
        return tags.get("all", () -> List.copyOf(loader.get()));
    }

    /** A new article changes the total, the counts of its own tags and perhaps the tags in use. */
    void evictAfterPublish(Collection<String> tagList) {
        afterCommit(() -> {
            counts.evict(ALL);
            tagList.forEach(tag -> counts.evict(new ArticleFilter(tag, null, null)));
            tags.invalidate();
        });
    }

    /** After a delete or a change of tags, every count and the tags in use may have changed. */
    void evictAllAfterCommit() {
        afterCommit(() -> {
            counts.invalidate();
            tags.invalidate();
        });
    }

    /**
     * Evicts once the current transaction commits: evicting earlier would let a concurrent reader
     * cache the old answer again before the change is visible.
     */
    private static void afterCommit(Runnable eviction) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    eviction.run();
                }
            });
        } else {
            eviction.run();
        }
    }
}
