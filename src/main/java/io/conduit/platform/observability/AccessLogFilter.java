package io.conduit.platform.observability;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ResponseFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives every request its id (returned in {@code X-Request-Id} and put in every log line of the
 * request) and writes one access-log line when it ends: method, route template, status, duration,
 * bytes, request id and user id, never a header or a body. Runs just inside Spring's HTTP
 * observation so that the line carries the trace id too. Requests slower than the threshold also
 * get a WARN line.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class AccessLogFilter extends OncePerRequestFilter {

    /** Set by the security filter chain once the token is verified; read here after the chain returns. */
    public static final String USER_ID_ATTRIBUTE = "conduit.userId";

    private static final Logger access = LoggerFactory.getLogger("conduit.access");
    private static final Logger log = LoggerFactory.getLogger(AccessLogFilter.class);

    private final long slowRequestNanos;

    AccessLogFilter(ObservabilityProperties properties) {
        this.slowRequestNanos = properties.slowRequestThreshold().toNanos();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = RequestIds.assign(request);
        response.setHeader(RequestIds.HEADER, requestId);
        MDC.put(RequestIds.MDC_KEY, requestId);
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long nanos = System.nanoTime() - start;
            log(request, response, nanos);
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    private void log(HttpServletRequest request, HttpServletResponse response, long nanos) {
        Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Object userId = request.getAttribute(USER_ID_ATTRIBUTE);
        long millis = nanos / 1_000_000;
        long bytes = bodyBytesWritten(response);
        access.atInfo()
                .addKeyValue("http.request.method", request.getMethod())
                .addKeyValue("http.route", route != null ? route : "-")
                .addKeyValue("http.response.status_code", response.getStatus())
                .addKeyValue("http.response.body.bytes", bytes)
                .addKeyValue("event.duration_ms", millis)
                .addKeyValue("user.id", userId != null ? userId : "-")
                .log("{} {} {} {}ms {}B", request.getMethod(), request.getRequestURI(), response.getStatus(), millis,
                        bytes);
        if (nanos > slowRequestNanos) {
            log.warn("Slow request: {} {} took {} ms (threshold {} ms)", request.getMethod(),
                    route != null ? route : request.getRequestURI(), millis, slowRequestNanos / 1_000_000);
        }
    }

    /**
     * The body bytes as Tomcat counted them, read from its response after the chain: wrapping the
     * response to count them ourselves put a wrapper and a second writer on every write of every
     * response, 4% of the CPU of a list page. -1 where the response is not Tomcat's.
     */
    private static long bodyBytesWritten(ServletResponse response) {
        ServletResponse current = response;
        while (current instanceof ServletResponseWrapper wrapper) {
            current = wrapper.getResponse();
        }
        return current instanceof ResponseFacade tomcat ? tomcat.getContentWritten() : -1;
    }
}
