package com.necpgame.world.state;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import com.necpgame.world.servers.GameServers;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/** Reading world state and its history, and the operator's versioned writes of keys that are not reserved. */
public final class WorldStates {
    private final DbClient db;
    private final WorldStateRepository state;
    private final WorldStateWriter writer;
    private final GameServers servers;

    public WorldStates(DbClient db, WorldStateRepository state, WorldStateWriter writer, GameServers servers) {
        this.db = db;
        this.state = state;
        this.writer = writer;
        this.servers = servers;
    }

    public Page<WorldStateEntry> list(String serverId, Optional<String> prefix, PageRequest page) {
        servers.requireInPath(serverId);
        DbExecute read = db.execute();
        String startsWith = prefix.orElse("");
        return new Page<>(state.list(read, serverId, startsWith, page), page, state.count(read, serverId, startsWith));
    }

    public WorldStateEntry get(String serverId, String key) {
        servers.requireInPath(serverId);
        return state.find(db.execute(), serverId, key).orElseThrow(() -> keyNotFound(serverId, key));
    }

    public Page<WorldStateRevision> history(String serverId, String key, PageRequest page) {
        servers.requireInPath(serverId);
        DbExecute read = db.execute();
        long total = state.historyCount(read, serverId, key);
        if (total == 0) {
            throw keyNotFound(serverId, key);
        }
        return new Page<>(state.history(read, serverId, key, page), page, total);
    }

    /** The operator's write: 409 {@code STALE_VERSION} unless the key is at {@code expectedVersion}. */
    public WorldStateEntry update(String actor, String serverId, String key, long expectedVersion, ObjectNode value,
                                  String reason) {
        servers.requireInPath(serverId);
        ReservedKeys.requireWritable(key);
        JsonValues.requireSize(value);
        WorldStateRevision written = Transactions.inTransaction(db, tx -> writer.write(tx, new StateChange(serverId,
                key, value, Optional.of(expectedVersion), ChangeSource.OPERATOR, Optional.empty(), actor,
                Optional.of(reason))));
        // The revision is the row as written: no second read.
        return new WorldStateEntry(written.serverId(), written.key(), written.value(), written.version(),
                written.changeSource(), written.updatedByQuest(), written.changedBy(), written.changedAt());
    }

    private static ProblemException keyNotFound(String serverId, String key) {
        return ProblemException.notFound("KEY_NOT_FOUND", "The key '" + key + "' was never set on " + serverId + ".");
    }
}
