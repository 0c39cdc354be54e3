package com.necpgame.world.quest;

import java.time.Instant;
import java.util.List;

/** The effects of completing a quest through one branch, in application order. */
public record ConsequenceSet(String questId, String branchId, List<QuestEffect> effects, long version,
                             String updatedBy, Instant updatedAt) {
}
