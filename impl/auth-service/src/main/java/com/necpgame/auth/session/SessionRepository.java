package com.necpgame.auth.session;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.db.Rows;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code session_families} and {@code refresh_tokens}. */
public final class SessionRepository {

    /** A session family (one login): whose, and whether it is revoked. */
    public record Family(UUID id, UUID accountId, Optional<Instant> revokedAt) {
    }

    /** A stored refresh token with its family's state, row-locked by {@link #lockToken}. */
    public record StoredToken(UUID familyId, UUID accountId, Instant expiresAt, Optional<Instant> rotatedAt,
                              Optional<Instant> familyRevokedAt) {
    }

    public void insertFamily(DbExecute tx, UUID id, UUID accountId, Instant createdAt) {
        tx.createNamedInsert("session-family-insert")
                .addParam("id", id)
                .addParam("accountId", accountId)
                .addParam("createdAt", Rows.param(createdAt))
                .execute();
    }

    public Optional<Family> findFamily(DbExecute db, UUID id) {
        return db.createNamedGet("session-family-by-id").addParam("id", id).execute()
                .map(row -> new Family(Rows.uuid(row, "id"), Rows.uuid(row, "account_id"),
                        Rows.optionalInstant(row, "revoked_at")));
    }

    /** Revokes the family unless it already is; true when this call revoked it. */
    public boolean revokeFamily(DbExecute tx, UUID id, Instant now, String reason) {
        return tx.createNamedUpdate("session-family-revoke")
                .addParam("now", Rows.param(now))
                .addParam("reason", reason)
                .addParam("id", id)
                .execute() > 0;
    }

    public void insertToken(DbExecute tx, byte[] hash, UUID familyId, Instant issuedAt, Instant expiresAt) {
        tx.createNamedInsert("refresh-token-insert")
                .addParam("hash", hash)
                .addParam("familyId", familyId)
                .addParam("issuedAt", Rows.param(issuedAt))
                .addParam("expiresAt", Rows.param(expiresAt))
                .execute();
    }

    /** The token by its hash, row-locked until the transaction ends (concurrent refreshes queue here). */
    public Optional<StoredToken> lockToken(DbExecute tx, byte[] hash) {
        return tx.createNamedGet("refresh-token-for-update").addParam("hash", hash).execute()
                .map(SessionRepository::storedToken);
    }

    /** Marks the token exchanged; false when it already was (never happens under the row lock). */
    public boolean markRotated(DbExecute tx, byte[] hash, Instant now) {
        return tx.createNamedUpdate("refresh-token-rotate")
                .addParam("now", Rows.param(now))
                .addParam("hash", hash)
                .execute() > 0;
    }

    private static StoredToken storedToken(DbRow row) {
        return new StoredToken(Rows.uuid(row, "family_id"), Rows.uuid(row, "account_id"),
                Rows.instant(row, "expires_at"), Rows.optionalInstant(row, "rotated_at"),
                Rows.optionalInstant(row, "revoked_at"));
    }
}
