package com.necpgame.social.neon;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.idempotency.IdempotencyStore;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.outbox.Outbox;
import com.necpgame.platform.problem.ProblemException;
import com.necpgame.social.character.CharacterDirectory;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * Reward claims: at most one per character and cycle (a unique constraint), once per Idempotency-Key, recorded
 * together with the outbox message that asks economy-service to mint the reward; delivered right after the commit
 * when economy-service answers, else retried by the relay until it does.
 */
public final class ClaimService {
    private final DbClient db;
    private final CycleRepository cycles;
    private final PointsRepository points;
    private final ClaimRepository claims;
    private final CharacterDirectory characters;
    private final IdempotencyStore idempotency;
    private final Outbox outbox;
    private final Clock clock;

    public ClaimService(DbClient db, CycleRepository cycles, PointsRepository points, ClaimRepository claims,
                        CharacterDirectory characters, IdempotencyStore idempotency, Outbox outbox, Clock clock) {
        this.db = db;
        this.cycles = cycles;
        this.points = points;
        this.claims = claims;
        this.characters = characters;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.clock = clock;
    }

    public ClaimResult claim(UUID accountId, UUID cycleId, UUID characterId, String idempotencyKey) {
        characters.requireActing(accountId, characterId);
        // The request has no body: the key is bound to what it claims, so one key never claims another cycle.
        byte[] fingerprint = (cycleId + "/" + characterId).getBytes(StandardCharsets.UTF_8);
        StoredResponse stored = Transactions.inTransaction(db, tx -> idempotency.execute(tx, accountId.toString(),
                "claimPopularityReward", idempotencyKey, fingerprint,
                () -> StoredResponse.of(201, record(tx, cycleId, characterId).toString())));
        UUID claimId = UUID.fromString(stored.body());
        if (!stored.replayed()) {
            outbox.relayOnce(); // economy-service's answer now, if it gives one; else the relay retries
        }
        return new ClaimResult(claims.find(db.execute(), claimId).orElseThrow(), stored.replayed());
    }

    /** A claim of one of the caller's characters. */
    public RewardClaim get(UUID accountId, UUID cycleId, UUID characterId) {
        characters.requireOwned(accountId, characterId);
        return claims.of(db.execute(), cycleId, characterId).orElseThrow(
                () -> ProblemException.notFound("CLAIM_NOT_FOUND", "The character has not claimed in this cycle."));
    }

    /** economy-service confirmed the grant (or had it already). */
    public void markGranted(UUID claimId) {
        claims.markGranted(db.execute(), claimId, clock.instant());
    }

    private UUID record(DbExecute tx, UUID cycleId, UUID characterId) {
        Instant now = clock.instant();
        Cycle cycle = CycleService.existing(cycles.find(tx, cycleId));
        if (now.isBefore(cycle.calendar().cooldownStartsAt())) {
            throw ProblemException.unprocessable("CLAIM_NOT_OPEN", "Rewards are claimable from the cycle's COOLDOWN.");
        }
        if (!cycle.calendar().claimOpenAt(now)) {
            throw ProblemException.unprocessable("CLAIM_WINDOW_CLOSED",
                    "Rewards of this cycle were claimable until " + cycle.calendar().claimableUntil() + ".");
        }
        TierTable table = cycles.tiers(tx, cycleId);
        Standing standing = points.standing(tx, cycleId, characterId)
                .map(ranked -> PopularityService.standing(ranked, cycle.phaseAt(now), table))
                .filter(s -> s.tier().isPresent())
                .orElseThrow(() -> ProblemException.unprocessable("NO_REWARD", "The character has no tier in this cycle."));
        TierLevel level = table.level(standing.tier().orElseThrow()).orElseThrow();
        boolean nothingToMint = level.neonMerit() == 0 && level.junCoin() == 0;
        RewardClaim claim = new RewardClaim(UUID.randomUUID(), cycleId, characterId, level.tier(), level.neonMerit(),
                level.junCoin(), PopularityService.earnedTitle(standing, table),
                nothingToMint ? ClaimStatus.GRANTED : ClaimStatus.PENDING, now,
                nothingToMint ? Optional.of(now) : Optional.empty());
        if (!claims.insert(tx, claim)) {
            throw ProblemException.conflict("ALREADY_CLAIMED", "The character claimed this cycle's reward already.");
        }
        if (!nothingToMint) {
            outbox.enqueue(tx, GrantOrder.DESTINATION, GrantOrder.KIND, claim.id().toString(),
                    new GrantOrder(claim.id(), characterId, sourceRef(cycle, level.tier()), level.neonMerit(),
                            level.junCoin()));
        }
        return claim.id();
    }

    /** economy's audit reference of the reward, a slug: {@code npr-c4-gold}. */
    static String sourceRef(Cycle cycle, PopularityTier tier) {
        return "npr-c" + cycle.number() + "-" + tier.name().toLowerCase(Locale.ROOT);
    }
}
