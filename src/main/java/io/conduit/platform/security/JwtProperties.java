package io.conduit.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How access tokens are signed and how long they live.
 *
 * @param secret   HMAC-SHA256 signing key, at least 32 bytes; when empty a random key is generated at
 *                 start-up (fine for one instance in development, wrong for several instances)
 * @param ttl      lifetime of an issued token
 * @param issuer   the {@code iss} claim written and required
 */
@ConfigurationProperties("conduit.security.jwt")
record JwtProperties(String secret, @DefaultValue("24h") Duration ttl, @DefaultValue("conduit") String issuer) {
}
