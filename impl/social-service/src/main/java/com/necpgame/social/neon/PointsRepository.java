package com.necpgame.social.neon;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code popularity_points} (standings, history) and {@code endorsements}. */
public final class PointsRepository {

    /** A character's points in a cycle rise by {@code points}; {@code guildId} is its guild now. */
    public void add(DbExecute db, UUID cycleId, UUID characterId, long points, Optional<UUID> guildId, Instant now) {
        db.createNamedInsert("points-add")
                .addParam("cycleId", cycleId).addParam("characterId", characterId).addParam("points", points)
                .addParam("now", Rows.param(now)).addParam("guildId", guildId.orElse(null))
                .execute();
    }

    /** Standings with points in [minPoints, maxPoints], ranked over all participants. */
    public List<RankedPoints> standings(DbExecute db, UUID cycleId, Optional<UUID> characterId, long minPoints,
                                        Optional<Long> maxPoints, PageRequest page) {
        return db.createNamedQuery("standings")
                .addParam("cycleId", cycleId).addParam("characterId", characterId.orElse(null))
                .addParam("minPoints", minPoints).addParam("maxPoints", maxPoints.orElse(null))
                .addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(PointsRepository::ranked).toList();
    }

    public long countStandings(DbExecute db, UUID cycleId, long minPoints, Optional<Long> maxPoints) {
        return db.createNamedGet("standings-count")
                .addParam("cycleId", cycleId).addParam("minPoints", minPoints)
                .addParam("maxPoints", maxPoints.orElse(null))
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    public Optional<RankedPoints> standing(DbExecute db, UUID cycleId, UUID characterId) {
        return standings(db, cycleId, Optional.of(characterId), 1, Optional.empty(),
                PageRequest.of(Optional.empty(), Optional.empty())).stream().findFirst();
    }

    /** A history row: the ranked points, the cycle's number and end, and the claim (if any). */
    public record HistoryRow(RankedPoints ranked, int cycleNumber, Instant cycleEndsAt, Optional<String> claimedTitle,
                             boolean rewardClaimed) {
    }

    public List<HistoryRow> history(DbExecute db, UUID characterId, PageRequest page) {
        return db.createNamedQuery("history")
                .addParam("characterId", characterId).addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute()
                .map(row -> new HistoryRow(ranked(row), Rows.integer(row, "number"), Rows.instant(row, "ends_at"),
                        Rows.optionalString(row, "claimed_title"), Rows.bool(row, "reward_claimed")))
                .toList();
    }

    public long countHistory(DbExecute db, UUID characterId) {
        return db.createNamedGet("history-count").addParam("characterId", characterId).execute()
                .map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    public boolean endorsed(DbExecute db, UUID cycleId, UUID fromId, UUID targetId) {
        return db.createNamedGet("endorsement-exists")
                .addParam("cycleId", cycleId).addParam("fromId", fromId).addParam("targetId", targetId)
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L) > 0;
    }

    public long endorsementsSince(DbExecute db, UUID fromId, Instant since) {
        return db.createNamedGet("endorsements-since")
                .addParam("fromId", fromId).addParam("since", Rows.param(since))
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    public void insertEndorsement(DbExecute db, UUID id, UUID cycleId, UUID fromId, UUID targetId,
                                  Optional<String> serverId, long points, Instant now) {
        db.createNamedInsert("endorsement-insert")
                .addParam("id", id).addParam("cycleId", cycleId).addParam("fromId", fromId)
                .addParam("targetId", targetId).addParam("serverId", serverId.orElse(null))
                .addParam("points", points).addParam("now", Rows.param(now))
                .execute();
    }

    private static RankedPoints ranked(DbRow row) {
        return new RankedPoints(Rows.uuid(row, "cycle_id"), Rows.uuid(row, "character_id"),
                Rows.optionalUuid(row, "guild_id"),
                Rows.longValue(row, "points"), Rows.longValue(row, "position"), Rows.longValue(row, "participants"));
    }
}
