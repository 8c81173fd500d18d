package io.conduit.platform.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The API's one timestamp format: ISO-8601 in UTC with exactly three fraction digits
 * ({@code 2016-02-18T03:22:56.637Z}). RealWorld clients parse the fraction, so it is never dropped,
 * and PostgreSQL's microseconds are never shown.
 */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    public static String format(OffsetDateTime timestamp) {
        return FORMAT.format(timestamp);
    }
}
