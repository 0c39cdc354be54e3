package com.necpgame.auth.sync;

import java.time.Instant;
import java.util.UUID;

import com.necpgame.auth.pilot.PilotTier;

/** The outcome of checking a quantum sync token: its claims, or the first check it failed. */
public sealed interface SyncTokenVerification {

    record Valid(UUID playerId, UUID instanceId, PilotTier tier, Instant expiresAt) implements SyncTokenVerification {
    }

    record Invalid(Reason reason) implements SyncTokenVerification {
    }

    /** Why a token is refused, in the order the checks run. */
    enum Reason {
        /** Not a JWT, or not a quantum sync token. */
        MALFORMED,
        /** Bad signature, unknown key, or not issued by auth-service. */
        INVALID_SIGNATURE,
        EXPIRED,
        /** Issued for another raid instance. */
        WRONG_INSTANCE
    }
}
