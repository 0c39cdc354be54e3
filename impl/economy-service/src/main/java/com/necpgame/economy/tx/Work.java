package com.necpgame.economy.tx;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.idempotency.IdempotencyStore;
import com.necpgame.platform.idempotency.StoredResponse;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbTransaction;

/**
 * Transactions of the economy: retried when PostgreSQL aborts one for a deadlock or a serialization failure (two
 * bids on different lots may refund each other's bidders in opposite order), and run once per Idempotency-Key.
 */
public final class Work {
    private static final int ATTEMPTS = 8;
    private final DbClient db;
    private final IdempotencyStore idempotency;

    public Work(DbClient db, IdempotencyStore idempotency) {
        this.db = db;
        this.idempotency = idempotency;
    }

    public <T> T inTransaction(Function<DbTransaction, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Transactions.inTransaction(db, work);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !transient_(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /**
     * Runs {@code work} once per (caller, key) in its transaction and stores {@code render} of its result with
     * {@code status}; a repeat gets the stored answer (replayed) and moves nothing.
     */
    public <R> StoredResponse once(String caller, String operation, String key, byte[] body, int status,
                                   Function<DbTransaction, R> work, Function<R, String> render) {
        return inTransaction(tx -> idempotency.execute(tx, caller, operation, key, body,
                () -> StoredResponse.of(status, render.apply(work.apply(tx)))));
    }

    private static boolean transient_(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("40001") || sql.getSQLState().equals("40P01"))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }
}
