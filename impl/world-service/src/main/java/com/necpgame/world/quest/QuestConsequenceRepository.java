package com.necpgame.world.quest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.world.state.JsonValues;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code quest_consequences}, {@code quest_consequence_applications} and {@code character_story_state}. */
public final class QuestConsequenceRepository {

    public Optional<ConsequenceSet> find(DbExecute db, String questId, String branchId) {
        return db.createNamedGet("consequences-by-id").addParam("questId", questId).addParam("branchId", branchId)
                .execute().map(QuestConsequenceRepository::set);
    }

    public Optional<ConsequenceSet> lock(DbExecute db, String questId, String branchId) {
        return db.createNamedGet("consequences-by-id-for-update").addParam("questId", questId)
                .addParam("branchId", branchId).execute().map(QuestConsequenceRepository::set);
    }

    /** Creates version 1; false when it exists. */
    public boolean insert(DbExecute db, String questId, String branchId, List<QuestEffect> effects, String actor,
                          Instant now) {
        return db.createNamedGet("consequences-insert")
                .addParam("questId", questId).addParam("branchId", branchId)
                .addParam("effects", EffectCodec.effects(effects))
                .addParam("updatedBy", actor).addParam("updatedAt", Rows.param(now))
                .execute().isPresent();
    }

    /** Replaces the effects if the version is {@code expectedVersion}; false otherwise. */
    public boolean replace(DbExecute db, String questId, String branchId, long expectedVersion,
                           List<QuestEffect> effects, String actor, Instant now) {
        return db.createNamedGet("consequences-update")
                .addParam("effects", EffectCodec.effects(effects))
                .addParam("updatedBy", actor).addParam("updatedAt", Rows.param(now))
                .addParam("questId", questId).addParam("branchId", branchId)
                .addParam("expectedVersion", expectedVersion)
                .execute().isPresent();
    }

    public List<ConsequenceSet> list(DbExecute db, Optional<String> questId, PageRequest page) {
        return db.createNamedQuery("consequences-list")
                .addParam("allQuests", questId.isEmpty()).addParam("questId", questId.orElse(""))
                .addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(QuestConsequenceRepository::set).toList();
    }

    public long count(DbExecute db, Optional<String> questId) {
        return db.createNamedGet("consequences-count")
                .addParam("allQuests", questId.isEmpty()).addParam("questId", questId.orElse(""))
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    /** Serializes every application for one character until the transaction ends. */
    public void lockCharacter(DbExecute db, UUID characterId) {
        db.createNamedGet("character-lock").addParam("characterId", characterId.toString()).execute();
    }

    /** Records that (character, quest) is applied; false when it already was. */
    public boolean claim(DbExecute db, UUID applicationId, ConsequenceRequest request, Instant now) {
        return db.createNamedGet("application-claim")
                .addParam("applicationId", applicationId)
                .addParam("serverId", request.serverId())
                .addParam("characterId", request.characterId())
                .addParam("questId", request.questId())
                .addParam("branchId", request.branchId())
                .addParam("appliedAt", Rows.param(now))
                .execute().isPresent();
    }

    public void complete(DbExecute db, Application application) {
        db.createNamedUpdate("application-complete")
                .addParam("consequencesVersion", application.consequencesVersion().orElse(null))
                .addParam("deltas", EffectCodec.deltas(application.deltas()))
                .addParam("applicationId", application.applicationId())
                .execute();
    }

    public Optional<StoryEntry> story(DbExecute db, UUID characterId, EffectType type, String target) {
        return db.createNamedGet("story-entry").addParam("characterId", characterId).addParam("type", type.name())
                .addParam("target", target).execute().map(QuestConsequenceRepository::story);
    }

    public void saveStory(DbExecute db, UUID characterId, Delta delta, String questId, Instant now) {
        db.createNamedInsert("story-upsert")
                .addParam("characterId", characterId).addParam("type", delta.type().name())
                .addParam("target", delta.target()).addParam("value", JsonValues.write(delta.after()))
                .addParam("quest", questId).addParam("updatedAt", Rows.param(now))
                .execute();
    }

    public List<StoryEntry> storyList(DbExecute db, UUID characterId, Optional<EffectType> type, PageRequest page) {
        return db.createNamedQuery("story-list")
                .addParam("characterId", characterId)
                .addParam("allTypes", type.isEmpty()).addParam("type", type.map(Enum::name).orElse(""))
                .addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(QuestConsequenceRepository::story).toList();
    }

    public long storyCount(DbExecute db, UUID characterId, Optional<EffectType> type) {
        return db.createNamedGet("story-count")
                .addParam("characterId", characterId)
                .addParam("allTypes", type.isEmpty()).addParam("type", type.map(Enum::name).orElse(""))
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    private static ConsequenceSet set(DbRow row) {
        return new ConsequenceSet(Rows.string(row, "quest_id"), Rows.string(row, "branch_id"),
                EffectCodec.effects(Rows.string(row, "effects")), Rows.longValue(row, "version"),
                Rows.string(row, "updated_by"), Rows.instant(row, "updated_at"));
    }

    private static StoryEntry story(DbRow row) {
        return new StoryEntry(EffectType.valueOf(Rows.string(row, "effect_type")), Rows.string(row, "target"),
                JsonValues.object(Rows.string(row, "value")),
                Rows.optionalString(row, "updated_by_quest"), Rows.instant(row, "updated_at"));
    }
}
