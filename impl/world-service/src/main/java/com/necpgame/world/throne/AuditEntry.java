package com.necpgame.world.throne;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One immutable entry of a campaign's audit log; {@code before} is empty for START_CAMPAIGN. */
public record AuditEntry(UUID decisionId, String serverId, AuditAction action, Optional<Branch> branch,
                         Optional<Integer> progressDelta, Optional<String> protocolId, String reason, String actor,
                         Optional<CampaignSnapshot> before, CampaignSnapshot after, List<KeyVersion> worldStateChanges,
                         Instant decidedAt) {
}
