package com.necpgame.gameplay.combat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.gameplay.combat.CombatTypes.SessionType;
import com.necpgame.gameplay.combat.CombatTypes.Side;
import com.necpgame.gameplay.combat.CombatTypes.Status;
import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on the combat content and {@code combat_sessions}, {@code combat_fighters}, {@code combat_actions}. */
public final class CombatRepository {
    private static final TypeReference<List<Participant>> PARTICIPANTS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Instant>> COOLDOWNS = new TypeReference<>() {
    };
    private final ObjectMapper json;

    public CombatRepository(ObjectMapper json) {
        this.json = json;
    }

    public CombatContent content(DbExecute db) {
        Map<String, CombatContent.Encounter> encounters = db.createNamedQuery("combat-encounters").execute()
                .map(row -> read(Rows.string(row, "definition"), CombatContent.Encounter.class))
                .collect(Collectors.toMap(CombatContent.Encounter::encounterId, e -> e));
        Map<String, CombatContent.Effect> skills = db.createNamedQuery("combat-skills").execute()
                .map(row -> read(Rows.string(row, "definition"), CombatContent.Effect.class))
                .collect(Collectors.toMap(CombatContent.Effect::skillId, e -> e));
        Map<String, CombatContent.Effect> items = db.createNamedQuery("combat-items").execute()
                .map(row -> read(Rows.string(row, "definition"), CombatContent.Effect.class))
                .collect(Collectors.toMap(CombatContent.Effect::itemId, e -> e));
        return new CombatContent(encounters, skills, items);
    }

    /** Inserts the session and its character fighters; a character already in an ACTIVE fight violates a unique index. */
    public void insert(DbExecute db, CombatSession session) {
        db.createNamedInsert("combat-session-insert")
                .addParam("id", session.id())
                .addParam("type", session.type().name())
                .addParam("status", session.status().name())
                .addParam("encounterId", session.encounterId())
                .addParam("questSessionId", Rows.param(session.questSessionId()))
                .addParam("instanceId", Rows.param(session.instanceId()))
                .addParam("raidPhase", session.raidPhase())
                .addParam("participants", write(session.participants()))
                .addParam("startedAt", Rows.param(session.startedAt()))
                .execute();
        for (Participant p : session.participants()) {
            if (p.characterId() != null) {
                db.createNamedInsert("combat-fighter-insert").addParam("sessionId", session.id())
                        .addParam("characterId", p.characterId()).addParam("accountId", p.accountId()).execute();
            }
        }
    }

    public void update(DbExecute db, CombatSession session) {
        db.createNamedUpdate("combat-session-update")
                .addParam("id", session.id())
                .addParam("status", session.status().name())
                .addParam("turn", session.turn())
                .addParam("participants", write(session.participants()))
                .addParam("cooldowns", write(session.cooldowns()))
                .addParam("winnerSide", session.winnerSide() == null ? null : session.winnerSide().name())
                .addParam("endedAt", Rows.param(session.endedAt()))
                .execute();
        if (!session.active()) {
            db.createNamedUpdate("combat-fighters-release").addParam("sessionId", session.id()).execute();
        }
    }

    public Optional<CombatSession> find(DbExecute db, UUID id) {
        return db.createNamedGet("combat-session-by-id").addParam("id", id).execute().map(this::session);
    }

    public Optional<CombatSession> lock(DbExecute db, UUID id) {
        return db.createNamedGet("combat-session-by-id-for-update").addParam("id", id).execute().map(this::session);
    }

    public List<CombatSession> listOfAccount(DbExecute db, UUID accountId, Optional<UUID> characterId,
                                             Optional<Status> status, PageRequest page) {
        return db.createNamedQuery("combat-sessions-of-account").addParam("accountId", accountId)
                .addParam("characterId", characterId.map(UUID::toString).orElse(null))
                .addParam("status", status.map(Enum::name).orElse(null))
                .addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(this::session).toList();
    }

    public long countOfAccount(DbExecute db, UUID accountId, Optional<UUID> characterId, Optional<Status> status) {
        return db.createNamedGet("combat-sessions-of-account-count").addParam("accountId", accountId)
                .addParam("characterId", characterId.map(UUID::toString).orElse(null))
                .addParam("status", status.map(Enum::name).orElse(null))
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    public void insertAction(DbExecute db, CombatAction action) {
        db.createNamedInsert("combat-action-insert").addParam("sessionId", action.sessionId())
                .addParam("actionId", action.actionId()).addParam("turn", action.turn())
                .addParam("actor", action.actorParticipantId()).addParam("result", write(action))
                .addParam("occurredAt", Rows.param(action.occurredAt())).execute();
    }

    public Optional<CombatAction> findAction(DbExecute db, UUID sessionId, UUID actionId) {
        return db.createNamedGet("combat-action-by-id").addParam("sessionId", sessionId)
                .addParam("actionId", actionId).execute()
                .map(row -> read(Rows.string(row, "result"), CombatAction.class));
    }

    public List<CombatAction> actions(DbExecute db, UUID sessionId, PageRequest page) {
        return db.createNamedQuery("combat-actions-of-session").addParam("sessionId", sessionId)
                .addParam("limit", page.limit()).addParam("offset", page.offset()).execute()
                .map(row -> read(Rows.string(row, "result"), CombatAction.class)).toList();
    }

    public long countActions(DbExecute db, UUID sessionId) {
        return db.createNamedGet("combat-actions-of-session-count").addParam("sessionId", sessionId).execute()
                .map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    /** Actions of one participant since {@code since} (the rate limit). */
    public long recentActions(DbExecute db, UUID sessionId, UUID participantId, Instant since) {
        return db.createNamedGet("combat-actions-recent-count").addParam("sessionId", sessionId)
                .addParam("actor", participantId).addParam("since", Rows.param(since)).execute()
                .map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    private CombatSession session(DbRow row) {
        return new CombatSession(Rows.uuid(row, "id"), SessionType.valueOf(Rows.string(row, "type")),
                Status.valueOf(Rows.string(row, "status")), Rows.optionalString(row, "encounter_id").orElse(null),
                Rows.optionalUuid(row, "quest_session_id").orElse(null),
                Rows.optionalUuid(row, "instance_id").orElse(null),
                Rows.optionalString(row, "raid_phase").orElse(null), Rows.longValue(row, "turn"),
                read(Rows.string(row, "participants"), PARTICIPANTS), read(Rows.string(row, "cooldowns"), COOLDOWNS),
                Rows.optionalString(row, "winner_side").map(Side::valueOf).orElse(null),
                Rows.instant(row, "started_at"), Rows.optionalInstant(row, "ended_at").orElse(null));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored JSON is not a " + type.getSimpleName(), e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored JSON does not match " + type.getType(), e);
        }
    }
}
