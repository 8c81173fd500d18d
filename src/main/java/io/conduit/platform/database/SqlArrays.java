package io.conduit.platform.database;

import java.sql.Types;
import java.util.Collection;

import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Binds a collection as one PostgreSQL array parameter ({@code = ANY(:ids)}), so that the statement
 * text is the same whatever the number of values: one prepared statement, one plan.
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    public static SqlParameterValue bigints(Collection<Long> values) {
        return new SqlParameterValue(Types.ARRAY, values.toArray(Long[]::new));
    }

    public static SqlParameterValue texts(Collection<String> values) {
        return new SqlParameterValue(Types.ARRAY, values.toArray(String[]::new));
    }
}
