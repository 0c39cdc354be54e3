package com.necpgame.gameplay.raid;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.gameplay.raid.RaidTypes.Tier;

/** What the raid asks auth-service: pilot credentials and sync tokens (503 problems when auth does not answer). */
public interface PilotCredentials {
    record Credential(Tier tier, Instant expiresAt) {
    }

    /** The verdict on a sync token for an instance: valid, or the reason it is not; the pilot it was issued to. */
    record SyncCheck(boolean valid, String reason, UUID playerId) {
    }

    /** The pilot's credential, expired ones included; empty when it has none. */
    Optional<Credential> credential(UUID playerId);

    SyncCheck verifySyncToken(String token, UUID instanceId);
}
