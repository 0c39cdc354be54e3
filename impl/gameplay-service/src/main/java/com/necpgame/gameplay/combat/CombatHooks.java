package com.necpgame.gameplay.combat;

import java.util.UUID;

import io.helidon.dbclient.DbExecute;

/**
 * What the rest of gameplay learns from combat, inside the transaction of the action: the raid, whose phases are
 * combat sessions (who may watch them, what their end means). No-ops until the raid registers itself.
 */
public interface CombatHooks {
    /** Whether {@code accountId} is a pilot on the roster of raid {@code instanceId} (raid sessions are visible to it). */
    default boolean onRaidRoster(DbExecute db, UUID instanceId, UUID accountId) {
        return false;
    }

    /** A session of a raid instance ended (cleared, or everyone down or fled). */
    default void raidSessionEnded(DbExecute tx, CombatSession session) {
    }

    CombatHooks NONE = new CombatHooks() {
    };
}
