package com.necpgame.character.quest;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A character's progress in one quest, as last pushed by gameplay-service. {@code experienceAwarded}: the
 * quest's experience reward was already counted (it is, once, on the first applied COMPLETED push).
 */
public record QuestProgress(UUID characterId,
                            String questId,
                            QuestStatus status,
                            Optional<String> branchId,
                            int progress,
                            Map<String, Object> objectives,
                            Instant updatedAt,
                            Optional<Instant> completedAt,
                            boolean experienceAwarded) {
}
