package com.necpgame.social.rating;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code player_ratings}, and the guild ranking computed from members' ratings and points. */
public final class RatingRepository {

    /** Adds earned points to the character's lifetime rating. */
    public void add(DbExecute db, UUID characterId, long points, Instant now) {
        db.createNamedInsert("rating-add")
                .addParam("characterId", characterId).addParam("points", points).addParam("now", Rows.param(now))
                .execute();
    }

    public List<PlayerRating> players(DbExecute db, PageRequest page) {
        return db.createNamedQuery("player-ratings").addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(RatingRepository::player).toList();
    }

    public long countPlayers(DbExecute db) {
        return db.createNamedGet("player-ratings-count").execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    public Optional<PlayerRating> player(DbExecute db, UUID characterId) {
        return db.createNamedGet("player-rating").addParam("characterId", characterId).execute()
                .map(RatingRepository::player);
    }

    public List<GuildRating> guilds(DbExecute db, Optional<UUID> guildId, Instant now, PageRequest page) {
        return db.createNamedQuery("guild-ratings")
                .addParam("now", Rows.param(now)).addParam("guildId", guildId.orElse(null))
                .addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(RatingRepository::guild).toList();
    }

    public long countGuilds(DbExecute db) {
        return db.createNamedGet("guild-ratings-count").execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    private static PlayerRating player(DbRow row) {
        return new PlayerRating(Rows.longValue(row, "position"), Rows.uuid(row, "character_id"),
                Rows.optionalUuid(row, "guild_id"), Rows.longValue(row, "score"), Rows.instant(row, "updated_at"));
    }

    private static GuildRating guild(DbRow row) {
        return new GuildRating(Rows.longValue(row, "position"), Rows.uuid(row, "id"), Rows.string(row, "name"),
                Rows.string(row, "tag"), (int) Rows.longValue(row, "member_count"), Rows.longValue(row, "base_score"),
                Rows.longValue(row, "popularity_score"), Rows.longValue(row, "social_score"),
                Rows.instant(row, "updated_at"));
    }
}
