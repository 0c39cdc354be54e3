package com.necpgame.platform.idempotency;

/**
 * The response of a value-moving request as the idempotency store keeps it.
 *
 * @param status   HTTP status of the first execution
 * @param body     its JSON body (may be empty for 204)
 * @param replayed {@code true} when this is the stored result of an earlier request with the same key; the
 *                 handler answers it with {@code Idempotency-Replayed: true}
 */
public record StoredResponse(int status, String body, boolean replayed) {

    /** A fresh response to store. */
    public static StoredResponse of(int status, String body) {
        return new StoredResponse(status, body == null ? "" : body, false);
    }
}
