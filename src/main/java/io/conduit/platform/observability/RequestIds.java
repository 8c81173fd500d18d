package io.conduit.platform.observability;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The id that ties a request's log lines, its response and its error report together: the
 * client's {@code X-Request-Id} when it is a sane token, a new UUID otherwise.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = RequestIds.class.getName();
    static final String MDC_KEY = "requestId";

    /** Printable, short, no spaces or quotes: safe to echo in a header and a log line. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** The id given to this request by the request filter, or a fresh one outside of it. */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id != null ? id.toString() : assign(request);
    }

    static String assign(HttpServletRequest request) {
        String sent = request.getHeader(HEADER);
        String id = sent != null && ACCEPTED.matcher(sent).matches() ? sent : newId();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    /**
     * A random (version 4) UUID from the thread's own generator. A request id correlates, it guards
     * nothing, so it does not need {@link UUID#randomUUID()}'s SecureRandom, which takes a lock
     * shared by every request.
     */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
