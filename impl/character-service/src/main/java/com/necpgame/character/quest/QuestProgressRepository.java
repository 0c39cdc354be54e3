package com.necpgame.character.quest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code quest_progress}. */
public final class QuestProgressRepository {
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private final ObjectMapper json;

    public QuestProgressRepository(ObjectMapper json) {
        this.json = json;
    }

    public Optional<QuestProgress> find(DbExecute db, UUID characterId, String questId) {
        return db.createNamedGet("quest-progress-entry")
                .addParam("characterId", characterId).addParam("questId", questId)
                .execute().map(this::progress);
    }

    /** Most recently updated first, optionally of one status. */
    public List<QuestProgress> list(DbExecute db, UUID characterId, Optional<QuestStatus> status, PageRequest page) {
        return db.createNamedQuery("quest-progress-list")
                .addParam("characterId", characterId)
                .addParam("status", status.map(Enum::name).orElse(null))
                .addParam("limit", page.limit())
                .addParam("offset", page.offset())
                .execute().map(this::progress).toList();
    }

    public long count(DbExecute db, UUID characterId, Optional<QuestStatus> status) {
        return db.createNamedGet("quest-progress-count")
                .addParam("characterId", characterId)
                .addParam("status", status.map(Enum::name).orElse(null))
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    /** Stores the entry, replacing the one of the same (character, quest). */
    public QuestProgress save(DbExecute db, QuestProgress entry) {
        return db.createNamedGet("quest-progress-upsert")
                .addParam("characterId", entry.characterId())
                .addParam("questId", entry.questId())
                .addParam("status", entry.status().name())
                .addParam("branchId", entry.branchId().orElse(null))
                .addParam("progress", entry.progress())
                .addParam("objectives", text(entry.objectives()))
                .addParam("updatedAt", Rows.param(entry.updatedAt()))
                .addParam("completedAt", Rows.param(entry.completedAt().orElse(null)))
                .addParam("experienceAwarded", entry.experienceAwarded())
                .execute().map(this::progress).orElseThrow();
    }

    private QuestProgress progress(DbRow row) {
        return new QuestProgress(
                Rows.uuid(row, "character_id"),
                Rows.string(row, "quest_id"),
                QuestStatus.valueOf(Rows.string(row, "status")),
                Rows.optionalString(row, "branch_id"),
                Rows.integer(row, "progress"),
                objectives(Rows.string(row, "objectives")),
                Rows.instant(row, "updated_at"),
                Rows.optionalInstant(row, "completed_at"),
                Rows.bool(row, "experience_awarded"));
    }

    private String text(Map<String, Object> objectives) {
        try {
            return json.writeValueAsString(objectives);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("objectives cannot be written as JSON", e);
        }
    }

    private Map<String, Object> objectives(String text) {
        try {
            return json.readValue(text, OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException("quest_progress.objectives is not a JSON object", e);
        }
    }
}
