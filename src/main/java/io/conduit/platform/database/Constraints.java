package io.conduit.platform.database;

import java.util.Optional;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Reads which constraint PostgreSQL reported as violated, so that a module can turn the violation of
 * one of its own unique constraints into the right API error instead of checking before inserting.
 */
public final class Constraints {

    private Constraints() {
    }

    public static Optional<String> violatedBy(DataIntegrityViolationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql) {
                return Optional.ofNullable(psql.getServerErrorMessage()).map(ServerErrorMessage::getConstraint);
            }
        }
        return Optional.empty();
    }

    public static boolean violated(DataIntegrityViolationException e, String constraint) {
        return violatedBy(e).filter(constraint::equals).isPresent();
    }
}
