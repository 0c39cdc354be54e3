package com.necpgame.economy.world;

import java.time.Clock;
import java.util.List;

import com.necpgame.platform.db.Rows;
import com.necpgame.platform.db.Transactions;
import io.helidon.dbclient.DbClient;

/**
 * The world state keys economy-service subscribes to (by prefix), kept at their newest version. Replayed event ids,
 * versions not newer than the stored one and keys it does not use are acknowledged without applying.
 */
public final class WorldStateService {
    private final DbClient db;
    private final List<String> keyPrefixes;
    private final Clock clock;

    public WorldStateService(DbClient db, List<String> keyPrefixes, Clock clock) {
        this.db = db;
        this.keyPrefixes = keyPrefixes;
        this.clock = clock;
    }

    /** Whether the change was applied; stored before the answer either way. */
    public boolean receive(WorldStateChange change) {
        return Transactions.inTransaction(db, tx -> {
            boolean firstTime = tx.createNamedInsert("world-event-insert")
                    .addParam("eventId", change.eventId())
                    .addParam("receivedAt", Rows.param(clock.instant()))
                    .execute() == 1;
            if (!firstTime || keyPrefixes.stream().noneMatch(change.key()::startsWith)) {
                return false;
            }
            return tx.createNamedInsert("world-state-upsert")
                    .addParam("serverId", change.serverId())
                    .addParam("key", change.key())
                    .addParam("version", change.version())
                    .addParam("value", change.value())
                    .addParam("changedAt", Rows.param(change.changedAt()))
                    .execute() == 1;
        });
    }
}
