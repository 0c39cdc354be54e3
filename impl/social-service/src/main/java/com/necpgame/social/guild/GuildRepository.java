package com.necpgame.social.guild;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code guilds} and {@code guild_members} (named statements in application.yaml). */
public final class GuildRepository {
    private static final UUID NONE = new UUID(0, 0);

    public Optional<Guild> find(DbExecute db, UUID id) {
        return db.createNamedGet("guild-by-id").addParam("id", id).execute().map(GuildRepository::guild);
    }

    /** Row-locks the guild until the transaction ends; false when it does not exist (or was disbanded). */
    public boolean lock(DbExecute db, UUID id) {
        return db.createNamedGet("guild-lock").addParam("id", id).execute().isPresent();
    }

    public List<Guild> list(DbExecute db, Optional<String> search, Optional<Boolean> recruiting, PageRequest page) {
        return db.createNamedQuery("guilds-list")
                .addParam("search", search.map(s -> escapeLike(s.toLowerCase())).orElse(null))
                .addParam("recruiting", recruiting.orElse(null))
                .addParam("limit", page.limit())
                .addParam("offset", page.offset())
                .execute().map(GuildRepository::guild).toList();
    }

    public long count(DbExecute db, Optional<String> search, Optional<Boolean> recruiting) {
        return db.createNamedGet("guilds-count")
                .addParam("search", search.map(s -> escapeLike(s.toLowerCase())).orElse(null))
                .addParam("recruiting", recruiting.orElse(null))
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    /** Whether another existing guild than {@code except} has this name, case-insensitively. */
    public boolean nameTaken(DbExecute db, String name, Optional<UUID> except) {
        return db.createNamedGet("guild-name-taken").addParam("name", name).addParam("exceptId", except.orElse(NONE))
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L) > 0;
    }

    public boolean tagTaken(DbExecute db, String tag, Optional<UUID> except) {
        return db.createNamedGet("guild-tag-taken").addParam("tag", tag).addParam("exceptId", except.orElse(NONE))
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L) > 0;
    }

    public void insert(DbExecute db, UUID id, NewGuild guild, Instant now) {
        db.createNamedInsert("guild-insert")
                .addParam("id", id).addParam("name", guild.name()).addParam("tag", guild.tag())
                .addParam("description", guild.description().orElse(null))
                .addParam("recruiting", guild.recruiting())
                .addParam("createdAt", Rows.param(now))
                .execute();
    }

    public void update(DbExecute db, Guild guild) {
        db.createNamedUpdate("guild-update")
                .addParam("name", guild.name()).addParam("tag", guild.tag())
                .addParam("description", guild.description().orElse(null))
                .addParam("recruiting", guild.recruiting()).addParam("id", guild.id())
                .execute();
    }

    /** Every member leaves and the guild is marked disbanded: its name and tag are free again. */
    public void disband(DbExecute db, UUID id, Instant now) {
        db.createNamedDelete("guild-members-delete-all").addParam("guildId", id).execute();
        db.createNamedUpdate("guild-disband").addParam("now", Rows.param(now)).addParam("id", id).execute();
    }

    public Optional<GuildMember> membership(DbExecute db, UUID characterId) {
        return db.createNamedGet("member-of-character").addParam("characterId", characterId).execute()
                .map(GuildRepository::member);
    }

    public List<GuildMember> members(DbExecute db, UUID guildId, Optional<GuildRank> rank, PageRequest page) {
        return db.createNamedQuery("members-of-guild")
                .addParam("guildId", guildId).addParam("rank", rank.map(Enum::name).orElse(null))
                .addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(GuildRepository::member).toList();
    }

    public long countMembers(DbExecute db, UUID guildId, Optional<GuildRank> rank) {
        return db.createNamedGet("members-of-guild-count")
                .addParam("guildId", guildId).addParam("rank", rank.map(Enum::name).orElse(null))
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    public void addMember(DbExecute db, UUID guildId, UUID characterId, GuildRank rank, Instant now) {
        db.createNamedInsert("member-insert")
                .addParam("characterId", characterId).addParam("guildId", guildId).addParam("rank", rank.name())
                .addParam("now", Rows.param(now))
                .execute();
    }

    public void removeMember(DbExecute db, UUID characterId) {
        db.createNamedDelete("member-delete").addParam("characterId", characterId).execute();
    }

    public void setRank(DbExecute db, UUID characterId, GuildRank rank, Instant now) {
        db.createNamedUpdate("member-set-rank")
                .addParam("rank", rank.name()).addParam("now", Rows.param(now)).addParam("characterId", characterId)
                .execute();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Guild guild(DbRow row) {
        return new Guild(Rows.uuid(row, "id"), Rows.string(row, "name"), Rows.string(row, "tag"),
                Rows.optionalString(row, "description"), Rows.optionalUuid(row, "leader_id").orElse(null),
                (int) Rows.longValue(row, "member_count"), Rows.bool(row, "recruiting"),
                Rows.instant(row, "created_at"));
    }

    private static GuildMember member(DbRow row) {
        return new GuildMember(Rows.uuid(row, "guild_id"), Rows.uuid(row, "character_id"),
                GuildRank.valueOf(Rows.string(row, "rank")), Rows.instant(row, "joined_at"),
                Rows.instant(row, "rank_changed_at"));
    }
}
