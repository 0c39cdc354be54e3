package com.necpgame.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.function.Supplier;

import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import io.helidon.dbclient.DbTransaction;

/**
 * Run-once execution of value-moving requests that carry an {@code Idempotency-Key}.
 * <p>
 * Call {@link #execute} inside the transaction that does the request's work. It claims the key by inserting its
 * row in that transaction: the first request runs {@code action} and stores its response; a repeat with the
 * same key and body gets the stored response ({@link StoredResponse#replayed()}) and changes nothing; the same key
 * with a different body or operation gets 422 {@code IDEMPOTENCY_KEY_REUSED}. A concurrent repeat waits on the
 * key's row until the first transaction ends (PostgreSQL's unique index does the locking), then replays. If the
 * first transaction rolls back (the action failed), the key is free again and a retry executes anew: only
 * successful, committed results are replayed.
 * <p>
 * Keys are scoped per caller (the token's subject). {@link #purgeOlderThan} removes records past retention
 * (the specs promise at least 24 hours).
 */
public final class IdempotencyStore {
    private static final String CLAIM = """
            INSERT INTO idempotency_keys (caller, idempotency_key, operation, request_hash, created_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (caller, idempotency_key) DO NOTHING""";
    private static final String COMPLETE = """
            UPDATE idempotency_keys SET status = ?, response_body = ?
            WHERE caller = ? AND idempotency_key = ?""";
    private static final String FIND = """
            SELECT operation, request_hash, status, response_body FROM idempotency_keys
            WHERE caller = ? AND idempotency_key = ?""";

    private final DbClient db;
    private final Clock clock;

    public IdempotencyStore(DbClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Executes {@code action} once for ({@code caller}, {@code key}), inside {@code tx}; the caller commits.
     *
     * @param tx          the transaction of the request's work
     * @param caller      who sent it (the token's subject)
     * @param operation   the operationId (a key reused for another operation is rejected)
     * @param key         the {@code Idempotency-Key} header
     * @param requestBody the raw request body (its hash tells a repeat from a different request)
     * @param action      does the work in {@code tx} and returns the response to store
     */
    public StoredResponse execute(DbTransaction tx, String caller, String operation, String key,
                                  byte[] requestBody, Supplier<StoredResponse> action) {
        String hash = sha256(requestBody);
        long claimed = tx.insert(CLAIM, caller, key, operation, hash, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
        if (claimed == 1) {
            StoredResponse response = action.get();
            tx.update(COMPLETE, response.status(), response.body(), caller, key);
            return StoredResponse.of(response.status(), response.body());
        }
        DbRow stored = tx.get(FIND, caller, key).orElseThrow(
                () -> new IllegalStateException("Idempotency key vanished between claim and read"));
        if (!stored.column("operation").getString().equals(operation)
                || !stored.column("request_hash").getString().equals(hash)) {
            throw ProblemException.unprocessable("IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was already used for a different request.");
        }
        Integer status = stored.column("status").get(Integer.class);
        if (status == null) {
            // Only possible if a claim committed without completing, i.e. a bug in the caller's transaction use.
            throw ProblemException.conflict("IDEMPOTENCY_IN_PROGRESS",
                    "A request with this Idempotency-Key is still being processed.");
        }
        String body = stored.column("response_body").get(String.class);
        return new StoredResponse(status, body == null ? "" : body, true);
    }

    /** Deletes records created before now minus {@code retention}; returns how many. */
    public long purgeOlderThan(Duration retention) {
        DbExecute execute = db.execute();
        return execute.delete("DELETE FROM idempotency_keys WHERE created_at < ?",
                OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).minus(retention));
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    body == null ? "".getBytes(StandardCharsets.UTF_8) : body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
