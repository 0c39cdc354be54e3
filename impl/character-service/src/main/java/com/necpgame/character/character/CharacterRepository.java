package com.necpgame.character.character;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code characters} and {@code character_skills} (named statements in application.yaml). */
public final class CharacterRepository {
    private static final TypeReference<List<SkillRank>> SKILLS = new TypeReference<>() {
    };
    /** Built once: readValue(String, TypeReference) resolved the list type on every row (1.3% of a read's CPU). */
    private final ObjectReader skillsReader;

    public CharacterRepository(ObjectMapper json) {
        this.skillsReader = json.readerFor(SKILLS);
    }

    public Optional<Character> find(DbExecute db, UUID id) {
        return db.createNamedGet("character-by-id").addParam("id", id).execute().map(this::character);
    }

    /** The character, row-locked until the transaction ends. */
    public Optional<Character> lock(DbExecute db, UUID id) {
        return db.createNamedGet("character-by-id-for-update").addParam("id", id).execute().map(this::character);
    }

    /** The account's characters, oldest first: live ones, and restorable ones when {@code includeDeleted}. */
    public List<Character> listByAccount(DbExecute db, UUID accountId, boolean includeDeleted, Instant now,
                                         PageRequest page) {
        return db.createNamedQuery("characters-by-account")
                .addParam("accountId", accountId)
                .addParam("includeDeleted", includeDeleted)
                .addParam("purgedBefore", Rows.param(RestoreWindow.purgedBefore(now)))
                .addParam("limit", page.limit())
                .addParam("offset", page.offset())
                .execute()
                .map(this::character)
                .toList();
    }

    public long countByAccount(DbExecute db, UUID accountId, boolean includeDeleted, Instant now) {
        return db.createNamedGet("characters-by-account-count")
                .addParam("accountId", accountId)
                .addParam("includeDeleted", includeDeleted)
                .addParam("purgedBefore", Rows.param(RestoreWindow.purgedBefore(now)))
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    /** Takes the account's lock until the transaction ends: creates and restores of one account queue up. */
    public void lockAccount(DbExecute db, UUID accountId) {
        db.createNamedGet("account-lock").addParam("accountId", accountId.toString()).execute();
    }

    public long countLive(DbExecute db, UUID accountId) {
        return db.createNamedGet("characters-live-count").addParam("accountId", accountId).execute()
                .map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    /** Purges a character past its restore window that still holds {@code name}, so the name is free. */
    public void purgeExpiredHolderOf(DbExecute db, String name, Instant now) {
        db.createNamedDelete("character-purge-expired-name")
                .addParam("name", name)
                .addParam("purgedBefore", Rows.param(RestoreWindow.purgedBefore(now)))
                .execute();
    }

    /** Purges every character past its restore window (skills and quest progress go with it); returns how many. */
    public long purgeExpired(DbExecute db, Instant now) {
        return db.createNamedDelete("characters-purge-expired")
                .addParam("purgedBefore", Rows.param(RestoreWindow.purgedBefore(now)))
                .execute();
    }

    /** Inserts a live character with its starting skills at rank 1; false when the name is taken. */
    public boolean insert(DbExecute db, UUID id, UUID accountId, NewCharacter character, Attributes attributes,
                          Catalogue.StartLocation start, List<String> skills, Instant now) {
        boolean inserted = db.createNamedGet("character-insert")
                .addParam("id", id)
                .addParam("accountId", accountId)
                .addParam("name", character.name())
                .addParam("characterClass", character.characterClass().name())
                .addParam("origin", character.origin().name())
                .addParam("faction", character.faction())
                .addParam("city", character.city())
                .addParam("strength", attributes.strength())
                .addParam("dexterity", attributes.dexterity())
                .addParam("intelligence", attributes.intelligence())
                .addParam("tech", attributes.tech())
                .addParam("cool", attributes.cool())
                .addParam("locationServer", start.serverId())
                .addParam("locationDistrict", start.district())
                .addParam("createdAt", Rows.param(now))
                .execute()
                .isPresent();
        if (inserted) {
            for (String skill : skills) {
                db.createNamedInsert("character-skill-insert")
                        .addParam("characterId", id).addParam("skillId", skill).addParam("rank", 1).execute();
            }
        }
        return inserted;
    }

    public void updateProfile(DbExecute db, UUID id, String name, String faction, String city) {
        db.createNamedUpdate("character-update-profile")
                .addParam("name", name).addParam("faction", faction).addParam("city", city).addParam("id", id)
                .execute();
    }

    /** Soft-deletes ({@code deletedAt} present) or restores (empty). */
    public void setDeletedAt(DbExecute db, UUID id, Optional<Instant> deletedAt) {
        db.createNamedUpdate("character-set-deleted-at")
                .addParam("deletedAt", Rows.param(deletedAt.orElse(null))).addParam("id", id).execute();
    }

    public void spendPoints(DbExecute db, UUID id, Attributes delta) {
        db.createNamedUpdate("character-spend-points")
                .addParam("strength", delta.strength())
                .addParam("dexterity", delta.dexterity())
                .addParam("intelligence", delta.intelligence())
                .addParam("tech", delta.tech())
                .addParam("cool", delta.cool())
                .addParam("points", delta.sum())
                .addParam("id", id)
                .execute();
    }

    public void move(DbExecute db, UUID id, Location location) {
        db.createNamedUpdate("character-move")
                .addParam("serverId", location.serverId())
                .addParam("city", location.city())
                .addParam("district", location.district())
                .addParam("x", location.x())
                .addParam("y", location.y())
                .addParam("z", location.z())
                .addParam("now", Rows.param(location.updatedAt()))
                .addParam("id", id)
                .execute();
    }

    public void addExperience(DbExecute db, UUID id, long experience) {
        db.createNamedUpdate("character-add-experience")
                .addParam("experience", experience).addParam("id", id).execute();
    }

    private Character character(DbRow row) {
        return new Character(
                Rows.uuid(row, "id"),
                Rows.uuid(row, "account_id"),
                Rows.string(row, "name"),
                CharacterClass.valueOf(Rows.string(row, "character_class")),
                Origin.valueOf(Rows.string(row, "origin")),
                Rows.string(row, "faction"),
                Rows.string(row, "city"),
                Rows.longValue(row, "experience"),
                new Attributes(Rows.integer(row, "strength"), Rows.integer(row, "dexterity"),
                        Rows.integer(row, "intelligence"), Rows.integer(row, "tech"), Rows.integer(row, "cool")),
                Rows.integer(row, "points_spent"),
                skills(Rows.string(row, "skills")),
                new Location(Rows.string(row, "location_server"), Rows.string(row, "location_city"),
                        Rows.string(row, "location_district"), Rows.doubleValue(row, "location_x"),
                        Rows.doubleValue(row, "location_y"), Rows.doubleValue(row, "location_z"),
                        Rows.instant(row, "location_updated_at")),
                Rows.optionalInstant(row, "location_saved_at"),
                Rows.instant(row, "created_at"),
                Rows.optionalInstant(row, "deleted_at"));
    }

    private List<SkillRank> skills(String array) {
        try {
            return skillsReader.readValue(array);
        } catch (IOException e) {
            throw new UncheckedIOException("character_skills aggregate is not a JSON array", e);
        }
    }
}
