package com.necpgame.auth.pilot;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.db.Rows;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code pilot_credentials}. */
public final class PilotCredentialRepository {

    public Optional<PilotCredential> find(DbExecute db, UUID playerId) {
        return db.createNamedGet("pilot-credential-by-player").addParam("playerId", playerId).execute()
                .map(PilotCredentialRepository::credential);
    }

    /** Issues or replaces the player's credential; empty when no account has this id. */
    public Optional<PilotCredential> upsert(DbExecute db, UUID playerId, PilotTier tier, int score,
                                            Optional<UUID> certificationId, Instant issuedAt, Instant expiresAt) {
        return db.createNamedGet("pilot-credential-upsert")
                .addParam("tier", tier.name())
                .addParam("score", score)
                .addParam("certificationId", certificationId.orElse(null))
                .addParam("issuedAt", Rows.param(issuedAt))
                .addParam("expiresAt", Rows.param(expiresAt))
                .addParam("playerId", playerId)
                .execute()
                .map(PilotCredentialRepository::credential);
    }

    private static PilotCredential credential(DbRow row) {
        return new PilotCredential(Rows.uuid(row, "player_id"), PilotTier.valueOf(Rows.string(row, "tier")),
                Rows.integer(row, "score"), Rows.optionalUuid(row, "certification_id"),
                Rows.instant(row, "issued_at"), Rows.instant(row, "expires_at"));
    }
}
