package com.necpgame.world.quest;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.necpgame.world.state.JsonValues;

/** The pure computation of what an effect does to what is there now. */
public final class Deltas {
    public static final int MIN_STANDING = -1000;
    public static final int MAX_STANDING = 1000;

    private Deltas() {
    }

    /** A CHARACTER effect on the character's current story entry for its target. */
    public static Delta character(QuestEffect effect, Optional<ObjectNode> before) {
        ObjectNode after = JsonValues.newObject();
        switch (effect.type()) {
            case FLAG -> after.put("value", effect.flagValue().orElseThrow());
            case REPUTATION -> after.put("standing", standing(
                    before.map(b -> b.path("standing").asInt(0)).orElse(0), effect.delta().orElseThrow()));
            case UNLOCK_QUEST -> after.put("unlocked", true);
            default -> throw new IllegalArgumentException(effect.type() + " is not a character effect");
        }
        return new Delta(effect.type(), EffectScope.CHARACTER, effect.target(), Optional.empty(), before, after,
                !before.map(after::equals).orElse(false), Optional.empty());
    }

    /** A SERVER effect on the current value of its world state key. */
    public static Delta server(QuestEffect effect, Optional<ObjectNode> before) {
        ObjectNode after = effect.value().orElseThrow().deepCopy();
        return new Delta(effect.type(), EffectScope.SERVER, effect.target(), effect.worldStateKey(), before, after,
                !before.map(after::equals).orElse(false), Optional.empty());
    }

    /** A standing changed by {@code delta}, clamped to -1000..1000. */
    public static int standing(int before, int delta) {
        return Math.max(MIN_STANDING, Math.min(MAX_STANDING, before + delta));
    }
}
