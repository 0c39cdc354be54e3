package com.necpgame.world.quest;

import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The current character-scoped result of quest effects on one target. */
public record StoryEntry(EffectType type, String target, ObjectNode value, Optional<String> updatedByQuest,
                         Instant updatedAt) {
}
