package io.conduit.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param bcryptStrength log2 of bcrypt's rounds; each step doubles the cost of a login and of a
 *                       password guess
 */
@ConfigurationProperties("conduit.security.password")
record PasswordProperties(@DefaultValue("10") int bcryptStrength) {
}
