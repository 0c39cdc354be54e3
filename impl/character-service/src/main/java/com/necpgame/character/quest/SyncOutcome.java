package com.necpgame.character.quest;

import java.time.Instant;
import java.util.Optional;

/** What a push does to the stored entry: the newest {@code updatedAt} wins. */
public enum SyncOutcome {
    /** Newer than the stored entry, or no entry yet: stored. */
    APPLIED,
    /** The same {@code updatedAt} as stored: a replay, ignored. */
    REPLAY,
    /** Older than stored: ignored. */
    STALE;

    public static SyncOutcome of(Optional<Instant> stored, Instant pushed) {
        if (stored.isEmpty() || pushed.isAfter(stored.get())) {
            return APPLIED;
        }
        return pushed.equals(stored.get()) ? REPLAY : STALE;
    }

    public boolean applied() {
        return this == APPLIED;
    }
}
