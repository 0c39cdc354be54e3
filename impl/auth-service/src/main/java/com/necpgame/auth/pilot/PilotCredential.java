package com.necpgame.auth.pilot;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A player's raid pilot credential; valid until {@code expiresAt} (issue or last update + 90 days). */
public record PilotCredential(UUID playerId, PilotTier tier, int score, Optional<UUID> certificationId,
                              Instant issuedAt, Instant expiresAt) {

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
