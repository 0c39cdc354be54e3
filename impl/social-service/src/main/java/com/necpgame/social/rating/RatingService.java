package com.necpgame.social.rating;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/** The player ranking (lifetime ratings above 0) and the guild ranking (social scores), readable by every player. */
public final class RatingService {
    private final DbClient db;
    private final RatingRepository ratings;
    private final Clock clock;

    public RatingService(DbClient db, RatingRepository ratings, Clock clock) {
        this.db = db;
        this.ratings = ratings;
        this.clock = clock;
    }

    public Page<PlayerRating> players(PageRequest page) {
        DbExecute read = db.execute();
        return new Page<>(ratings.players(read, page), page, ratings.countPlayers(read));
    }

    public PlayerRating player(UUID characterId) {
        return ratings.player(db.execute(), characterId).orElseThrow(
                () -> ProblemException.notFound("RATING_NOT_FOUND", "The character has no rating yet."));
    }

    public Page<GuildRating> guilds(PageRequest page) {
        DbExecute read = db.execute();
        return new Page<>(ratings.guilds(read, Optional.empty(), clock.instant(), page), page,
                ratings.countGuilds(read));
    }

    public GuildRating guild(UUID guildId) {
        return ratings.guilds(db.execute(), Optional.of(guildId), clock.instant(), PageRequest.of(Optional.empty(),
                        Optional.empty())).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("GUILD_NOT_FOUND", "No guild has this id."));
    }
}
