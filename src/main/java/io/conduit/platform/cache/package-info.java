/** In-process caching shared by the modules (Caffeine behind Spring's CacheManager). */
package io.conduit.platform.cache;
