package io.conduit.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * Reads the token from {@code Authorization: Token <jwt>}, the RealWorld scheme, and from the
 * standard {@code Bearer <jwt>}. Any other scheme, or no header, means an anonymous request.
 */
class TokenHeaderResolver implements BearerTokenResolver {

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return null;
        }
        String value = header.strip();
        for (String scheme : new String[] {"Token", "Bearer"}) {
            if (value.regionMatches(true, 0, scheme, 0, scheme.length())
                    && (value.length() == scheme.length() || value.charAt(scheme.length()) == ' ')) {
                String token = value.substring(scheme.length()).strip();
                if (token.isEmpty()) {
                    throw new InvalidBearerTokenException("empty token");
                }
                return token;
            }
        }
        return null;
    }
}
