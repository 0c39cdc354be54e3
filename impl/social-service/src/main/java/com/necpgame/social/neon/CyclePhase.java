package com.necpgame.social.neon;

/** Where a cycle is in its 42 days; derived from its calendar and the clock, never stored. */
public enum CyclePhase {
    SCHEDULED, WARM_UP, ACTIVE, COOLDOWN, CLOSED;

    /** Points are earned (endorsements accepted). */
    public boolean open() {
        return this == WARM_UP || this == ACTIVE;
    }

    /** Tiers are assigned (live in ACTIVE, final afterwards). */
    public boolean assignsTiers() {
        return this == ACTIVE || this == COOLDOWN || this == CLOSED;
    }

    /** Standings can no longer change. */
    public boolean isFinal() {
        return this == COOLDOWN || this == CLOSED;
    }
}
