package com.necpgame.social.world;

import java.time.Clock;

import com.necpgame.platform.db.Transactions;
import io.helidon.dbclient.DbClient;

/**
 * world-service's pushes: social-service uses {@code social.popularity-multiplier} ({@code {"percent": 100..300}})
 * per server. Replays (seen event id), versions not newer than the stored one, other keys and values out of range
 * are acknowledged as not applied, so the sender stops retrying.
 */
public final class WorldStateReceiver {
    public static final String MULTIPLIER_KEY = "social.popularity-multiplier";

    private final DbClient db;
    private final MultiplierRepository multipliers;
    private final Clock clock;

    public WorldStateReceiver(DbClient db, MultiplierRepository multipliers, Clock clock) {
        this.db = db;
        this.multipliers = multipliers;
        this.clock = clock;
    }

    /** True when the change was applied. */
    public boolean receive(WorldStateChange change) {
        return Transactions.inTransaction(db, tx -> {
            if (!multipliers.firstSeen(tx, change.eventId(), change.serverId(), change.key(), change.version(),
                    clock.instant())) {
                return false;
            }
            if (!MULTIPLIER_KEY.equals(change.key())) {
                return false;
            }
            Object percent = change.value().get("percent");
            if (!(percent instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
                || number.intValue() < 100 || number.intValue() > 300) {
                return false;
            }
            return multipliers.storeIfNewer(tx, change.serverId(), number.intValue(), change.version(),
                    change.changedAt());
        });
    }
}
