package com.necpgame.gameplay.quest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.gameplay.character.Attribute;
import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code quests}, {@code quest_sessions} and {@code quest_skill_checks} (named statements in application.yaml). */
public final class QuestRepository {
    private static final TypeReference<Map<String, Boolean>> OBJECTIVES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Quest.Reward>> REWARDS = new TypeReference<>() {
    };
    private final ObjectMapper json;

    public QuestRepository(ObjectMapper json) {
        this.json = json;
    }

    /** The catalogue, ordered by minimum level, then id. */
    public List<Quest> quests(DbExecute db) {
        return db.createNamedQuery("quests-all").execute()
                .map(row -> read(Rows.string(row, "definition"), Quest.class)).toList();
    }

    public void lockCharacter(DbExecute db, UUID characterId) {
        db.createNamedGet("quest-character-lock").addParam("characterId", characterId.toString()).execute();
    }

    public void insert(DbExecute db, QuestSession session) {
        db.createNamedInsert("quest-session-insert")
                .addParam("id", session.id())
                .addParam("questId", session.questId())
                .addParam("characterId", session.characterId())
                .addParam("accountId", session.accountId())
                .addParam("serverId", session.serverId())
                .addParam("startedAt", Rows.param(session.startedAt()))
                .addParam("status", session.status().name())
                .addParam("branchId", session.branchId())
                .addParam("nodeId", session.nodeId())
                .addParam("objectives", write(session.objectives()))
                .addParam("choicesMade", write(session.choicesMade()))
                .addParam("progress", session.progress())
                .addParam("rewards", session.rewards().isEmpty() ? null : write(session.rewards()))
                .addParam("updatedAt", Rows.param(session.updatedAt()))
                .addParam("endedAt", Rows.param(session.endedAt()))
                .execute();
    }

    public void update(DbExecute db, QuestSession session) {
        db.createNamedUpdate("quest-session-update")
                .addParam("id", session.id())
                .addParam("status", session.status().name())
                .addParam("branchId", session.branchId())
                .addParam("nodeId", session.nodeId())
                .addParam("objectives", write(session.objectives()))
                .addParam("choicesMade", write(session.choicesMade()))
                .addParam("progress", session.progress())
                .addParam("rewards", session.rewards().isEmpty() ? null : write(session.rewards()))
                .addParam("updatedAt", Rows.param(session.updatedAt()))
                .addParam("endedAt", Rows.param(session.endedAt()))
                .execute();
    }

    public Optional<QuestSession> find(DbExecute db, UUID id) {
        return db.createNamedGet("quest-session-by-id").addParam("id", id).execute().map(this::session);
    }

    /** The session, row-locked until the transaction ends: every change of one session queues up. */
    public Optional<QuestSession> lock(DbExecute db, UUID id) {
        return db.createNamedGet("quest-session-by-id-for-update").addParam("id", id).execute().map(this::session);
    }

    public List<QuestSession> activeOf(DbExecute db, UUID characterId, PageRequest page) {
        return db.createNamedQuery("quest-sessions-active-of-character").addParam("characterId", characterId)
                .addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(this::session).toList();
    }

    public long countActiveOf(DbExecute db, UUID characterId) {
        return db.createNamedGet("quest-sessions-active-count-of-character").addParam("characterId", characterId)
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    public long countOfQuest(DbExecute db, UUID characterId, String questId, QuestStatus status) {
        return db.createNamedGet("quest-sessions-of-quest-count").addParam("characterId", characterId)
                .addParam("questId", questId).addParam("status", status.name())
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    /** ACTIVE quest sessions of every character (the gauge {@code quest_session_concurrency}). */
    public long countAllActive(DbExecute db) {
        return db.createNamedGet("quest-sessions-active-count").execute().map(row -> Rows.longValue(row, "n"))
                .orElse(0L);
    }

    public void insertCheck(DbExecute db, RolledCheck check) {
        db.createNamedInsert("quest-check-insert")
                .addParam("sessionId", check.questSessionId())
                .addParam("checkId", check.checkId())
                .addParam("roll", check.roll())
                .addParam("skill", check.skill())
                .addParam("skillRank", check.skillRank())
                .addParam("attribute", check.attribute().name())
                .addParam("attributeValue", check.attributeValue())
                .addParam("modifier", check.modifier())
                .addParam("dc", check.dc())
                .addParam("total", check.total())
                .addParam("passed", check.passed())
                .addParam("rolledAt", Rows.param(check.rolledAt()))
                .execute();
    }

    public Optional<RolledCheck> findCheck(DbExecute db, UUID sessionId, String checkId) {
        return db.createNamedGet("quest-check-by-id").addParam("sessionId", sessionId).addParam("checkId", checkId)
                .execute().map(QuestRepository::check);
    }

    public List<String> rolledChecks(DbExecute db, UUID sessionId) {
        return db.createNamedQuery("quest-checks-of-session").addParam("sessionId", sessionId).execute()
                .map(row -> Rows.string(row, "check_id")).toList();
    }

    private QuestSession session(DbRow row) {
        return new QuestSession(Rows.uuid(row, "id"), Rows.string(row, "quest_id"), Rows.uuid(row, "character_id"),
                Rows.uuid(row, "account_id"), Rows.string(row, "server_id"),
                QuestStatus.valueOf(Rows.string(row, "status")), Rows.optionalString(row, "branch_id").orElse(null),
                Rows.string(row, "node_id"), read(Rows.string(row, "objectives"), OBJECTIVES),
                read(Rows.string(row, "choices_made"), STRINGS), Rows.integer(row, "progress"),
                Rows.optionalString(row, "rewards").map(text -> read(text, REWARDS)).orElse(List.of()),
                Rows.instant(row, "started_at"), Rows.instant(row, "updated_at"),
                Rows.optionalInstant(row, "ended_at").orElse(null));
    }

    private static RolledCheck check(DbRow row) {
        return new RolledCheck(Rows.uuid(row, "quest_session_id"), Rows.string(row, "check_id"),
                Rows.integer(row, "roll"), Rows.string(row, "skill"), Rows.integer(row, "skill_rank"),
                Attribute.valueOf(Rows.string(row, "attribute")), Rows.integer(row, "attribute_value"),
                Rows.integer(row, "modifier"), Rows.integer(row, "dc"), Rows.integer(row, "total"),
                Rows.bool(row, "passed"), Rows.instant(row, "rolled_at"));
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
