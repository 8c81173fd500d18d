package io.conduit.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which browser origins may call the API. RealWorld front ends are served from elsewhere, so any
 * origin is allowed by default; list the real ones in production.
 */
@ConfigurationProperties("conduit.cors")
record CorsProperties(@DefaultValue("*") List<String> allowedOrigins) {
}
