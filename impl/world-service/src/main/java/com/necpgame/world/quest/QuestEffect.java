package com.necpgame.world.quest;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.necpgame.world.state.ReservedKeys;

/** One effect of completing a quest branch; which optional fields it carries depends on its type. */
public record QuestEffect(EffectType type, String target, Optional<Boolean> flagValue, Optional<Integer> delta,
                          Optional<ObjectNode> value) {

    /** The world state key a SERVER effect writes: {@code npc.<target>} for NPC_STATE, the target for WORLD. */
    public Optional<String> worldStateKey() {
        return switch (type) {
            case NPC_STATE -> Optional.of(ReservedKeys.NPC + target);
            case WORLD -> Optional.of(target);
            default -> Optional.empty();
        };
    }
}
