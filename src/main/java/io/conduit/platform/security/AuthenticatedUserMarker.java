package io.conduit.platform.security;

import java.io.IOException;

import io.conduit.platform.observability.AccessLogFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Once the token is verified, records who is asking: in the MDC for the request's log lines, and as
 * a request attribute for the access log, which is written after the security context is cleared.
 */
class AuthenticatedUserMarker extends OncePerRequestFilter {

    private static final String MDC_KEY = "userId";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            chain.doFilter(request, response);
            return;
        }
        String userId = token.getToken().getSubject();
        request.setAttribute(AccessLogFilter.USER_ID_ATTRIBUTE, userId);
        MDC.put(MDC_KEY, userId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
