package io.conduit.platform.cache;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One in-process cache manager (Caffeine) for the modules' hot reads. Each module names its caches
 * and decides what to put in them and when to drop it; entries also expire after
 * {@code conduit.cache.time-to-live}, which bounds how stale another instance can be.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CacheConfiguration.CacheProperties.class)
class CacheConfiguration {

    @Bean
    CacheManager cacheManager(CacheProperties properties) {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        manager.setCaffeine(Caffeine.newBuilder()
                .maximumSize(properties.maximumSize())
                .expireAfterWrite(properties.timeToLive())
                .recordStats());
        manager.setAllowNullValues(false);
        return manager;
    }

    /**
     * @param timeToLive  how long an entry lives at most; the lag of other instances after a write
     * @param maximumSize entries per cache
     */
    @ConfigurationProperties("conduit.cache")
    record CacheProperties(@DefaultValue("10s") Duration timeToLive, @DefaultValue("10000") long maximumSize) {
    }
}
