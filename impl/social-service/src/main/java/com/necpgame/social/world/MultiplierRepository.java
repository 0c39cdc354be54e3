package com.necpgame.social.world;

import java.time.Instant;
import java.util.UUID;

import com.necpgame.platform.db.Rows;
import io.helidon.dbclient.DbExecute;

/** SQL on {@code popularity_multipliers} and {@code world_state_events}. */
public final class MultiplierRepository {

    /** Records the event id; false when it was seen before. */
    public boolean firstSeen(DbExecute db, UUID eventId, String serverId, String key, long version, Instant now) {
        return db.createNamedGet("world-event-insert")
                .addParam("eventId", eventId).addParam("serverId", serverId).addParam("key", key)
                .addParam("version", version).addParam("now", Rows.param(now))
                .execute().isPresent();
    }

    /** Stores the server's multiplier when {@code version} is newer than the stored one; true when stored. */
    public boolean storeIfNewer(DbExecute db, String serverId, int percent, long version, Instant changedAt) {
        return db.createNamedGet("multiplier-upsert")
                .addParam("serverId", serverId).addParam("percent", percent).addParam("version", version)
                .addParam("changedAt", Rows.param(changedAt))
                .execute().isPresent();
    }

    /** The server's multiplier in percent at {@code now} (100 when none is in force yet). */
    public int percentAt(DbExecute db, String serverId, Instant now) {
        return db.createNamedGet("multiplier-of-server").addParam("serverId", serverId).execute()
                .filter(row -> !Rows.instant(row, "changed_at").isAfter(now))
                .map(row -> Rows.integer(row, "percent"))
                .orElse(100);
    }
}
