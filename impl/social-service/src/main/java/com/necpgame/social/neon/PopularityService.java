package com.necpgame.social.neon;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import com.necpgame.social.character.CharacterDirectory;
import com.necpgame.social.character.CharacterRef;
import com.necpgame.social.db.AdvisoryLocks;
import com.necpgame.social.guild.GuildMember;
import com.necpgame.social.guild.GuildRepository;
import com.necpgame.social.rating.RatingRepository;
import com.necpgame.social.world.MultiplierRepository;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * Points of the Neon Popularity Reset: endorsements (25 points times the server's multiplier, 3 per UTC day, each
 * target once per cycle, added to the lifetime rating too), the standings and each character's history. The
 * endorsements of one character hold its advisory lock, so racing requests never exceed the daily limit.
 */
public final class PopularityService {
    private final DbClient db;
    private final CycleRepository cycles;
    private final PointsRepository points;
    private final RatingRepository ratings;
    private final GuildRepository guilds;
    private final MultiplierRepository multipliers;
    private final CharacterDirectory characters;
    private final Clock clock;

    public PopularityService(DbClient db, CycleRepository cycles, PointsRepository points, RatingRepository ratings,
                             GuildRepository guilds, MultiplierRepository multipliers, CharacterDirectory characters,
                             Clock clock) {
        this.db = db;
        this.cycles = cycles;
        this.points = points;
        this.ratings = ratings;
        this.guilds = guilds;
        this.multipliers = multipliers;
        this.characters = characters;
        this.clock = clock;
    }

    public Endorsement endorse(UUID accountId, UUID fromId, UUID targetId, Optional<String> serverId) {
        characters.requireActing(accountId, fromId);
        CharacterRef target = characters.find(targetId).filter(ref -> !ref.deleted()).orElseThrow(
                () -> ProblemException.notFound("CHARACTER_NOT_FOUND", "No live character has this id."));
        if (target.accountId().equals(accountId)) {
            throw ProblemException.unprocessable("SELF_ENDORSEMENT",
                    "A character cannot endorse itself or another character of the same account.");
        }
        return Transactions.inTransaction(db, tx -> {
            AdvisoryLocks.lockCharacter(tx, fromId);
            Instant now = clock.instant();
            Cycle cycle = cycles.current(tx, now).filter(c -> c.phaseAt(now).open()).orElseThrow(
                    () -> ProblemException.unprocessable("CYCLE_NOT_OPEN",
                            "Endorsements count only during WARM_UP and ACTIVE of a cycle."));
            if (points.endorsed(tx, cycle.id(), fromId, targetId)) {
                throw ProblemException.conflict("ALREADY_ENDORSED", "This character was endorsed in this cycle.");
            }
            long today = points.endorsementsSince(tx, fromId, EndorsementRules.startOfUtcDay(now));
            if (today >= EndorsementRules.DAILY_LIMIT) {
                throw ProblemException.tooManyRequests("At most " + EndorsementRules.DAILY_LIMIT
                        + " endorsements per UTC day.", EndorsementRules.untilMidnight(now));
            }
            long earned = EndorsementRules.points(serverId.map(server -> multipliers.percentAt(tx, server, now))
                    .orElse(100));
            UUID id = UUID.randomUUID();
            points.insertEndorsement(tx, id, cycle.id(), fromId, targetId, serverId, earned, now);
            points.add(tx, cycle.id(), targetId, earned, guilds.membership(tx, targetId).map(GuildMember::guildId),
                    now);
            ratings.add(tx, targetId, earned, now);
            return new Endorsement(id, cycle.id(), fromId, targetId, earned,
                    (int) (EndorsementRules.DAILY_LIMIT - today - 1), now);
        });
    }

    /** Most points first; optionally one tier (none match while the cycle assigns no tiers). */
    public Page<Standing> standings(UUID cycleId, Optional<PopularityTier> tier, PageRequest page) {
        DbExecute read = db.execute();
        Cycle cycle = CycleService.existing(cycles.find(read, cycleId));
        CyclePhase phase = cycle.phaseAt(clock.instant());
        TierTable table = cycles.tiers(read, cycleId);
        if (tier.isPresent() && (!phase.assignsTiers() || table.level(tier.get()).isEmpty())) {
            return new Page<>(java.util.List.of(), page, 0);
        }
        long min = tier.flatMap(table::level).map(TierLevel::minPoints).orElse(1L);
        Optional<Long> max = tier.flatMap(table::maxPoints);
        return new Page<>(points.standings(read, cycleId, Optional.empty(), min, max, page).stream()
                .map(ranked -> standing(ranked, phase, table)).toList(), page,
                points.countStandings(read, cycleId, min, max));
    }

    public Standing standing(UUID cycleId, UUID characterId) {
        DbExecute read = db.execute();
        Cycle cycle = CycleService.existing(cycles.find(read, cycleId));
        RankedPoints ranked = points.standing(read, cycleId, characterId).orElseThrow(
                () -> ProblemException.notFound("STANDING_NOT_FOUND", "The character earned no points in this cycle."));
        return standing(ranked, cycle.phaseAt(clock.instant()), cycles.tiers(read, cycleId));
    }

    /** Newest cycle first; 404 for a character character-service does not know. */
    public Page<HistoryEntry> history(UUID characterId, PageRequest page) {
        characters.requireExisting(characterId);
        DbExecute read = db.execute();
        Instant now = clock.instant();
        return new Page<>(points.history(read, characterId, page).stream().map(row -> {
            Cycle cycle = cycles.find(read, row.ranked().cycleId()).orElseThrow();
            Standing standing = standing(row.ranked(), cycle.phaseAt(now), cycles.tiers(read, cycle.id()));
            Optional<String> title = row.claimedTitle().or(() -> earnedTitle(standing, cycles.tiers(read, cycle.id())));
            return new HistoryEntry(cycle.id(), row.cycleNumber(), row.cycleEndsAt(), standing.points(),
                    standing.position(), standing.tier(), title, row.rewardClaimed());
        }).toList(), page, points.countHistory(read, characterId));
    }

    static Standing standing(RankedPoints ranked, CyclePhase phase, TierTable table) {
        Optional<PopularityTier> tier = phase.assignsTiers()
                ? table.levelFor(ranked.points()).map(TierLevel::tier) : Optional.empty();
        return new Standing(ranked.cycleId(), ranked.characterId(), ranked.guildId(), ranked.position(),
                ranked.points(), tier, Standings.topPercent(ranked.position(), ranked.participants()),
                phase.isFinal());
    }

    /** The title of a final standing's tier, when its top percent earns it. */
    static Optional<String> earnedTitle(Standing standing, TierTable table) {
        if (!standing.isFinal()) {
            return Optional.empty();
        }
        return standing.tier().flatMap(table::level).flatMap(level -> table.titleFor(level, standing.topPercent()));
    }
}
