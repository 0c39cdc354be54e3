package com.necpgame.platform;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.necpgame.platform.problem.ProblemException;
import com.necpgame.platform.problem.ProblemResponder;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * The routing's error handler: a request that failed because the database cannot be reached (the pool found no
 * connection in time, or the connection broke or was shut down under it) answers 503 {@code UNAVAILABLE} with a
 * {@code Retry-After}, not 500: a state for the caller to retry once the database is back (readiness says when), the
 * same {@code Idempotency-Key} making a retry safe where a broken commit left the outcome unknown. Every other failure goes to {@link ProblemResponder} unchanged.
 */
final class UnreachableDatabase implements ErrorHandler<Throwable> {
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(UnreachableDatabase.class.getName());

    private final ProblemResponder problems;

    UnreachableDatabase(ProblemResponder problems) {
        this.problems = problems;
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response, Throwable failure) {
        if (isUnreachableDatabase(failure)) {
            LOG.log(Level.WARNING, request.prologue().method().text() + " " + request.prologue().uriPath().rawPath()
                    + ": database unreachable (" + failure + "), answered 503");
            problems.respond(request, response, ProblemException.unavailable(
                    "The database is unreachable. Retry later (with the same Idempotency-Key where the operation "
                            + "takes one).", RETRY_AFTER));
        } else {
            problems.respond(request, response, failure);
        }
    }

    /**
     * Hikari's "connection is not available, request timed out", or an SQL state of class 08 (connection exception:
     * refused, broken) or 57P01-57P03 (the server shutting down, crashed, or not accepting connections yet).
     */
    static boolean isUnreachableDatabase(Throwable failure) {
        List<Throwable> seen = new ArrayList<>();
        for (Throwable t = failure; t != null && !seen.contains(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            seen.add(t);
        }
        return false;
    }
}
