package com.necpgame.character.quest;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The full state of one (character, quest) that gameplay-service pushes after a change. */
public record QuestPush(QuestStatus status,
                        Optional<String> branchId,
                        int progress,
                        Map<String, Object> objectives,
                        Instant updatedAt,
                        long experienceReward) {
}
