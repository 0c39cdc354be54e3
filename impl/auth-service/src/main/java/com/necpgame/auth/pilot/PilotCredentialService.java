package com.necpgame.auth.pilot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbClient;

/** Raid pilot credentials: one per player, issued or updated by gameplay-service, valid 90 days. */
public final class PilotCredentialService {
    public static final Duration VALIDITY = Duration.ofDays(90);

    private final DbClient db;
    private final PilotCredentialRepository credentials;
    private final Clock clock;

    public PilotCredentialService(DbClient db, PilotCredentialRepository credentials, Clock clock) {
        this.db = db;
        this.credentials = credentials;
        this.clock = clock;
    }

    /** The player's credential, expired or not; 404 {@code CREDENTIAL_NOT_FOUND} when none was ever issued. */
    public PilotCredential get(UUID playerId) {
        return find(playerId).orElseThrow(() -> ProblemException.notFound("CREDENTIAL_NOT_FOUND",
                "This player has no pilot credential."));
    }

    public Optional<PilotCredential> find(UUID playerId) {
        return credentials.find(db.execute(), playerId);
    }

    /**
     * Issues or replaces the credential, valid 90 days from now. T2 and T3 need a passed certification (422
     * {@code CERTIFICATION_REQUIRED}); an unknown account is 404 {@code ACCOUNT_NOT_FOUND}.
     */
    public PilotCredential upsert(UUID playerId, PilotTier tier, int score, Optional<UUID> certificationId,
                                  boolean certificationPassed) {
        if (tier.requiresCertification() && !certificationPassed) {
            throw ProblemException.unprocessable("CERTIFICATION_REQUIRED",
                    "Tier " + tier + " requires a passed Skyframe Academy certification.");
        }
        Instant now = clock.instant();
        return credentials.upsert(db.execute(), playerId, tier, score, certificationId, now, now.plus(VALIDITY))
                .orElseThrow(() -> ProblemException.notFound("ACCOUNT_NOT_FOUND", "No account has this id."));
    }
}
