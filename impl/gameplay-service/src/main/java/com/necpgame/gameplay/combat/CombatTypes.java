package com.necpgame.gameplay.combat;

/** The enumerations of combat. */
public final class CombatTypes {
    private CombatTypes() {
    }

    public enum SessionType { PVE, PVP_DUEL, PVP_ARENA, RAID_BOSS }

    public enum Status { ACTIVE, COMPLETED, FLED }

    public enum Side {
        ALPHA, BRAVO;

        public Side other() {
            return this == ALPHA ? BRAVO : ALPHA;
        }
    }

    public enum Kind { CHARACTER, NPC }

    public enum ActionType { ATTACK, USE_SKILL, USE_ITEM, FLEE }
}
