package com.necpgame.world.quest;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What one effect changes (or would): {@code before} is empty when nothing was there yet. */
public record Delta(EffectType type, EffectScope scope, String target, Optional<String> worldStateKey,
                    Optional<ObjectNode> before, ObjectNode after, boolean changed, Optional<Long> newVersion) {

    Delta withNewVersion(long version) {
        return new Delta(type, scope, target, worldStateKey, before, after, changed, Optional.of(version));
    }
}
