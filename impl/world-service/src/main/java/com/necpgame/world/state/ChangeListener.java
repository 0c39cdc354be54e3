package com.necpgame.world.state;

import io.helidon.dbclient.DbExecute;

/** Told of every revision inside the transaction that writes it (the pushes to subscribers go through it). */
@FunctionalInterface
public interface ChangeListener {
    void changed(DbExecute tx, WorldStateRevision revision);
}
