package com.necpgame.world.state;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code world_state} and {@code world_state_history} (named statements in application.yaml). */
public final class WorldStateRepository {

    public Optional<WorldStateEntry> find(DbExecute db, String serverId, String key) {
        return db.createNamedGet("world-state-by-key").addParam("serverId", serverId).addParam("key", key).execute()
                .map(WorldStateRepository::entry);
    }

    /** The entry, row-locked until the transaction ends. */
    public Optional<WorldStateEntry> lock(DbExecute db, String serverId, String key) {
        return db.createNamedGet("world-state-by-key-for-update").addParam("serverId", serverId).addParam("key", key)
                .execute().map(WorldStateRepository::entry);
    }

    /** Inserts version 1; false when another transaction created the key first. */
    public boolean insert(DbExecute db, StateChange change, Instant now) {
        return db.createNamedGet("world-state-insert")
                .addParam("serverId", change.serverId())
                .addParam("key", change.key())
                .addParam("value", JsonValues.write(change.value()))
                .addParam("changeSource", change.source().name())
                .addParam("updatedByQuest", change.updatedByQuest().orElse(null))
                .addParam("updatedBy", change.actor())
                .addParam("updatedAt", Rows.param(now))
                .execute().isPresent();
    }

    /**
     * Bumps the version of a locked key and keeps the revision ({@code eventId}, {@code previous} the value the lock
     * read) in the same statement; returns the new version.
     */
    public long update(DbExecute db, StateChange change, UUID eventId, ObjectNode previous, Instant now) {
        return db.createNamedGet("world-state-update")
                .addParam("value", JsonValues.write(change.value()))
                .addParam("changeSource", change.source().name())
                .addParam("updatedByQuest", change.updatedByQuest().orElse(null))
                .addParam("updatedBy", change.actor())
                .addParam("updatedAt", Rows.param(now))
                .addParam("serverId", change.serverId())
                .addParam("key", change.key())
                .addParam("eventId", Rows.param(eventId))
                .addParam("previousValue", JsonValues.write(previous))
                .addParam("reason", change.reason().orElse(null))
                .execute().map(row -> Rows.longValue(row, "version")).orElseThrow();
    }

    /** The revision of a key's first version (an update keeps its revision itself). */
    public void insertRevision(DbExecute db, WorldStateRevision revision) {
        db.createNamedInsert("world-state-history-insert")
                .addParam("eventId", revision.eventId())
                .addParam("serverId", revision.serverId())
                .addParam("key", revision.key())
                .addParam("version", revision.version())
                .addParam("value", JsonValues.write(revision.value()))
                .addParam("previousValue", revision.previousValue().map(JsonValues::write).orElse(null))
                .addParam("changeSource", revision.changeSource().name())
                .addParam("updatedByQuest", revision.updatedByQuest().orElse(null))
                .addParam("changedBy", revision.changedBy())
                .addParam("reason", revision.reason().orElse(null))
                .addParam("changedAt", Rows.param(revision.changedAt()))
                .execute();
    }

    public List<WorldStateEntry> list(DbExecute db, String serverId, String prefix, PageRequest page) {
        return db.createNamedQuery("world-state-by-server")
                .addParam("serverId", serverId).addParam("prefix", prefix)
                .addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(WorldStateRepository::entry).toList();
    }

    public long count(DbExecute db, String serverId, String prefix) {
        return db.createNamedGet("world-state-by-server-count").addParam("serverId", serverId)
                .addParam("prefix", prefix).execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    public List<WorldStateRevision> history(DbExecute db, String serverId, String key, PageRequest page) {
        return db.createNamedQuery("world-state-history")
                .addParam("serverId", serverId).addParam("key", key)
                .addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(WorldStateRepository::revision).toList();
    }

    public long historyCount(DbExecute db, String serverId, String key) {
        return db.createNamedGet("world-state-history-count").addParam("serverId", serverId).addParam("key", key)
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    /** The current revision of every key starting with {@code prefix}, on one server or (empty) on all. */
    public List<WorldStateRevision> currentRevisions(DbExecute db, Optional<String> serverId, String prefix) {
        return db.createNamedQuery("world-state-current-revisions")
                .addParam("allServers", serverId.isEmpty())
                .addParam("serverId", serverId.orElse(""))
                .addParam("prefix", prefix)
                .execute().map(WorldStateRepository::revision).toList();
    }

    private static WorldStateEntry entry(DbRow row) {
        return new WorldStateEntry(Rows.string(row, "server_id"), Rows.string(row, "state_key"),
                JsonValues.object(Rows.string(row, "value")), Rows.longValue(row, "version"),
                ChangeSource.valueOf(Rows.string(row, "change_source")), Rows.optionalString(row, "updated_by_quest"),
                Rows.string(row, "updated_by"), Rows.instant(row, "updated_at"));
    }

    private static WorldStateRevision revision(DbRow row) {
        Optional<ObjectNode> previous = Rows.optionalString(row, "previous_value").map(JsonValues::object);
        return new WorldStateRevision(Rows.uuid(row, "event_id"), Rows.string(row, "server_id"),
                Rows.string(row, "state_key"), Rows.longValue(row, "version"), JsonValues.object(Rows.string(row, "value")),
                previous, ChangeSource.valueOf(Rows.string(row, "change_source")),
                Rows.optionalString(row, "updated_by_quest"), Rows.string(row, "changed_by"),
                Rows.optionalString(row, "reason"), Rows.instant(row, "changed_at"));
    }
}
