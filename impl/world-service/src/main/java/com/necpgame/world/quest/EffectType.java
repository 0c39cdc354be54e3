package com.necpgame.world.quest;

/** The kinds of quest effects and what each changes. */
public enum EffectType {
    FLAG(EffectScope.CHARACTER),
    REPUTATION(EffectScope.CHARACTER),
    UNLOCK_QUEST(EffectScope.CHARACTER),
    NPC_STATE(EffectScope.SERVER),
    WORLD(EffectScope.SERVER);

    private final EffectScope scope;

    EffectType(EffectScope scope) {
        this.scope = scope;
    }

    public EffectScope scope() {
        return scope;
    }
}
