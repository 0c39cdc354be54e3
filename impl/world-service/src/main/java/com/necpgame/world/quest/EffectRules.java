package com.necpgame.world.quest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.necpgame.platform.problem.FieldError;
import com.necpgame.platform.problem.ProblemException;
import com.necpgame.world.state.JsonValues;
import com.necpgame.world.state.ReservedKeys;

/**
 * What a definition must satisfy: each effect exactly the fields of its type (an empty {@code value} object counts
 * as absent), REPUTATION deltas not 0, WORLD targets not reserved, no two effects of one type and target.
 */
public final class EffectRules {
    static final int MAX_EFFECTS = 50;
    private static final Pattern WORLD_KEY = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,127}$");
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{1,63}$");

    private EffectRules() {
    }

    public static void validate(List<QuestEffect> effects) {
        if (effects.size() > MAX_EFFECTS) {
            throw ProblemException.unprocessable("INVALID_EFFECT", "At most " + MAX_EFFECTS + " effects.");
        }
        List<FieldError> invalid = new ArrayList<>();
        for (int i = 0; i < effects.size(); i++) {
            String field = "/effects/" + i;
            problem(effects.get(i)).ifPresent(message -> invalid.add(new FieldError(field, message)));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.unprocessable("INVALID_EFFECT", "An effect does not carry the fields of its type.",
                    invalid);
        }
        for (int i = 0; i < effects.size(); i++) {
            QuestEffect effect = effects.get(i);
            if (effect.type() == EffectType.WORLD && ReservedKeys.reserved(effect.target())) {
                throw ProblemException.unprocessable("RESERVED_KEY", "WORLD effects cannot write '" + effect.target()
                        + "' (use NPC_STATE for NPCs).", List.of(new FieldError("/effects/" + i + "/target",
                        "reserved key")));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < effects.size(); i++) {
            QuestEffect effect = effects.get(i);
            if (!seen.add(effect.type() + "/" + effect.target())) {
                throw ProblemException.unprocessable("DUPLICATE_EFFECT", "Two effects of type " + effect.type()
                        + " on '" + effect.target() + "'.", List.of(new FieldError("/effects/" + i, "duplicate")));
            }
        }
        effects.forEach(effect -> effect.value().ifPresent(JsonValues::requireSize));
    }

    /** Why the effect is malformed, if it is. */
    static Optional<String> problem(QuestEffect e) {
        boolean flag = e.flagValue().isPresent();
        boolean delta = e.delta().isPresent();
        boolean value = e.value().filter(v -> !v.isEmpty()).isPresent();
        String message = switch (e.type()) {
            case FLAG -> flag && !delta && !value ? null : "FLAG takes flagValue only";
            case REPUTATION -> !delta || flag || value ? "REPUTATION takes delta only"
                    : e.delta().get() == 0 ? "REPUTATION delta must not be 0"
                    : !SLUG.matcher(e.target()).matches() ? "REPUTATION target must be a faction id" : null;
            case UNLOCK_QUEST -> flag || delta || value ? "UNLOCK_QUEST takes no fields but target"
                    : !SLUG.matcher(e.target()).matches() ? "UNLOCK_QUEST target must be a quest id" : null;
            case NPC_STATE -> !value || flag || delta ? "NPC_STATE takes a non-empty value only"
                    : !WORLD_KEY.matcher(ReservedKeys.NPC + e.target()).matches() ? "NPC id too long" : null;
            case WORLD -> !value || flag || delta ? "WORLD takes a non-empty value only" : null;
        };
        return Optional.ofNullable(message);
    }
}
