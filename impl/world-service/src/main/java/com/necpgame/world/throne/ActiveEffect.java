package com.necpgame.world.throne;

import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An effect in force: the branch's while it holds, a climate protocol's until {@code expiresAt}. */
public record ActiveEffect(String effectId, EffectSource source, String sourceId, Instant startedAt,
                           Optional<Instant> expiresAt, ObjectNode modifiers) {
}
