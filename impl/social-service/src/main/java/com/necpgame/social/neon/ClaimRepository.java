package com.necpgame.social.neon;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.db.Rows;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code reward_claims}. */
public final class ClaimRepository {

    /** Records the claim; false when the character already claimed in this cycle. */
    public boolean insert(DbExecute db, RewardClaim claim) {
        return db.createNamedGet("claim-insert")
                .addParam("id", claim.id()).addParam("cycleId", claim.cycleId())
                .addParam("characterId", claim.characterId()).addParam("tier", claim.tier().name())
                .addParam("neonMerit", claim.neonMerit()).addParam("junCoin", claim.junCoin())
                .addParam("title", claim.title().orElse(null)).addParam("status", claim.status().name())
                .addParam("now", Rows.param(claim.claimedAt()))
                .addParam("grantedAt", Rows.param(claim.grantedAt().orElse(null)))
                .execute().isPresent();
    }

    public Optional<RewardClaim> find(DbExecute db, UUID claimId) {
        return db.createNamedGet("claim-by-id").addParam("id", claimId).execute().map(ClaimRepository::claim);
    }

    public Optional<RewardClaim> of(DbExecute db, UUID cycleId, UUID characterId) {
        return db.createNamedGet("claim-of-character").addParam("cycleId", cycleId)
                .addParam("characterId", characterId).execute().map(ClaimRepository::claim);
    }

    /** PENDING becomes GRANTED; a claim already GRANTED stays as it is. */
    public void markGranted(DbExecute db, UUID claimId, Instant now) {
        db.createNamedUpdate("claim-granted").addParam("now", Rows.param(now)).addParam("id", claimId).execute();
    }

    private static RewardClaim claim(DbRow row) {
        return new RewardClaim(Rows.uuid(row, "id"), Rows.uuid(row, "cycle_id"), Rows.uuid(row, "character_id"),
                PopularityTier.valueOf(Rows.string(row, "tier")), Rows.longValue(row, "neon_merit"),
                Rows.longValue(row, "jun_coin"), Rows.optionalString(row, "title"),
                ClaimStatus.valueOf(Rows.string(row, "status")), Rows.instant(row, "claimed_at"),
                Rows.optionalInstant(row, "granted_at"));
    }
}
