package io.conduit.articles;

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
 * <p>Entries are dropped when such a write commits on this instance, so one instance always answers
 * exactly; other instances see the change when their entries expire ({@code conduit.cache.time-to-live}).
 * The counts are only the pager's total, so a few seconds of lag there is acceptable.
 */
@Component
class ListingCache {

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

    /**
     * Drops every entry once the current transaction commits: dropping earlier would let a
     * concurrent reader cache the old answer again before the change is visible.
     */
    void invalidateAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    invalidate();
                }
            });
        } else {
            invalidate();
        }
    }

    private void invalidate() {
        counts.invalidate();
        tags.invalidate();
    }
}
