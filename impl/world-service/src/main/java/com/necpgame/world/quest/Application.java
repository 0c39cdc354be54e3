package com.necpgame.world.quest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The record of one application of quest consequences. */
public record Application(UUID applicationId, ConsequenceRequest request, Optional<Long> consequencesVersion,
                          List<Delta> deltas, Instant appliedAt) {
}
