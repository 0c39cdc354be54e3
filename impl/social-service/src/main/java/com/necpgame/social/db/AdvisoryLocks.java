package com.necpgame.social.db;

import java.util.UUID;

import io.helidon.dbclient.DbExecute;

/** Transaction-scoped PostgreSQL advisory locks: work on one key queues up until the holder's transaction ends. */
public final class AdvisoryLocks {
    private AdvisoryLocks() {
    }

    public static void lock(DbExecute tx, String key) {
        tx.createNamedGet("advisory-lock").addParam("key", "social:" + key).execute();
    }

    /** Serializes the membership changes and endorsements of one character. */
    public static void lockCharacter(DbExecute tx, UUID characterId) {
        lock(tx, "character:" + characterId);
    }
}
