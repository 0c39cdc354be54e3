package com.necpgame.world.throne;

import java.time.Instant;
import java.util.UUID;

/** One activation of a climate protocol in a campaign run. */
public record Activation(UUID activationId, String serverId, int run, String protocolId, Instant activatedAt,
                         Instant activeUntil, Instant availableAt, long campaignVersion, String actor) {
}
