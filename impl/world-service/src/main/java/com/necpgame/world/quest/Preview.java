package com.necpgame.world.quest;

import java.util.List;
import java.util.Optional;

/** The deltas applying would make now; {@code consequencesVersion} is empty when nothing is defined. */
public record Preview(ConsequenceRequest request, Optional<Long> consequencesVersion, List<Delta> deltas) {
}
