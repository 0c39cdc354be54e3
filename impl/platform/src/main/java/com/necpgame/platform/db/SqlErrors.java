package com.necpgame.platform.db;

import java.sql.SQLException;

/** What a failed statement means, for the few failures a service turns into a problem (a taken unique name). */
public final class SqlErrors {
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {
    }

    /** Whether {@code failure} (a helidon-dbclient exception or anything wrapping the driver's) is a unique violation. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
