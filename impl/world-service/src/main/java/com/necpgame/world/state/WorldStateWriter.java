package com.necpgame.world.state;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbExecute;

/**
 * The one way a world state key changes, for every writer (operator, quest consequences, Throne of Sand): under
 * the key's row lock, checks the expected version if there is one, bumps the version, keeps the revision in the
 * history and tells the listener (the pushes), all in the caller's transaction.
 */
public final class WorldStateWriter {
    private final WorldStateRepository state;
    private final ChangeListener listener;
    private final Clock clock;

    public WorldStateWriter(WorldStateRepository state, ChangeListener listener, Clock clock) {
        this.state = state;
        this.listener = listener;
        this.clock = clock;
    }

    public WorldStateRevision write(DbExecute tx, StateChange change) {
        JsonValues.requireSize(change.value());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps, so a revision is the row
        // Two attempts: a first writer of a new key may commit between our look-up and our insert.
        UUID eventId = UUID.randomUUID();
        for (int attempt = 0; ; attempt++) {
            Optional<WorldStateEntry> current = state.lock(tx, change.serverId(), change.key());
            requireExpected(change, current);
            long version;
            if (current.isPresent()) {
                version = state.update(tx, change, eventId, current.get().value(), now); // the revision with it
            } else if (state.insert(tx, change, now)) {
                version = 1;
            } else if (change.expectedVersion().isPresent() || attempt > 0) {
                throw stale(change.key());
            } else {
                continue;
            }
            WorldStateRevision revision = new WorldStateRevision(eventId, change.serverId(), change.key(), version,
                    change.value(), current.map(WorldStateEntry::value), change.source(), change.updatedByQuest(),
                    change.actor(), change.reason(), now);
            if (current.isEmpty()) {
                state.insertRevision(tx, revision);
            }
            listener.changed(tx, revision);
            return revision;
        }
    }

    private static void requireExpected(StateChange change, Optional<WorldStateEntry> current) {
        if (change.expectedVersion().isEmpty()) {
            return;
        }
        long expected = change.expectedVersion().get();
        long actual = current.map(WorldStateEntry::version).orElse(0L);
        if (expected != actual) {
            throw stale(change.key());
        }
    }

    private static ProblemException stale(String key) {
        return ProblemException.conflict("STALE_VERSION",
                "The key '" + key + "' is not at the expected version; read it again and retry.");
    }
}
