package com.necpgame.auth.sync;

import java.time.Instant;
import java.util.UUID;

import com.necpgame.auth.pilot.PilotTier;

/** A quantum sync token and the claims it carries. */
public record IssuedSyncToken(String token, UUID playerId, UUID instanceId, PilotTier tier, Instant expiresAt) {
}
