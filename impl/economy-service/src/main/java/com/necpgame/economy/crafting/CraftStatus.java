package com.necpgame.economy.crafting;

/** QUEUED and IN_PROGRESS are active (at most 10); READY waits to be collected; COLLECTED and CANCELLED are final. */
public enum CraftStatus {
    QUEUED, IN_PROGRESS, READY, COLLECTED, CANCELLED;

    public boolean active() {
        return this == QUEUED || this == IN_PROGRESS;
    }
}
