package com.necpgame.gameplay.raid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.necpgame.gameplay.outbox.Pushes;
import com.necpgame.gameplay.raid.RaidTypes.CertificationStatus;
import com.necpgame.gameplay.raid.RaidTypes.Mission;
import com.necpgame.platform.db.SqlErrors;
import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.outbox.Outbox;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * Skyframe Academy certifications (see {@link Certification} for the scoring). A completed certification sets the
 * pilot's tier in auth-service with {@code upsertPilotCredential} through the outbox, unless the pilot holds an
 * unexpired credential of a higher tier: a weaker retake never costs a pilot its tier (the relay checks it again
 * before it delivers).
 */
public final class SkyframeAcademy {
    /** A certification as a reader sees it, with the state of its credential update. */
    public record View(Certification certification, CredentialSync credentialSync) {
    }

    public enum CredentialSync { NOT_REQUIRED, PENDING, DELIVERED }

    /** A mission's result as the client submits it. */
    public record Submission(Mission mission, double accuracy, int hullIntegrity, int completionSeconds) {
    }

    private final DbClient db;
    private final CertificationRepository certifications;
    private final PilotCredentials pilots;
    private final Outbox outbox;
    private final Clock clock;

    public SkyframeAcademy(DbClient db, CertificationRepository certifications, PilotCredentials pilots,
                           Outbox outbox, Clock clock) {
        this.db = db;
        this.certifications = certifications;
        this.pilots = pilots;
        this.outbox = outbox;
        this.clock = clock;
    }

    public View start(UUID accountId) {
        Instant now = now();
        try {
            return Transactions.inTransaction(db, tx -> {
                Optional<Certification> open = certifications.openOf(tx, accountId);
                if (open.isPresent()) {
                    if (open.get().asOf(now).status() == CertificationStatus.IN_PROGRESS) {
                        throw inProgress();
                    }
                    certifications.update(tx, open.get().expired());
                }
                Certification started = Certification.start(accountId, now);
                certifications.insert(tx, started);
                return view(tx, started);
            });
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw inProgress();
            }
            throw e;
        }
    }

    public Page<View> list(UUID accountId, PageRequest page) {
        DbExecute read = db.execute();
        return new Page<>(certifications.ofPlayer(read, accountId, page).stream().map(c -> view(read, c)).toList(),
                page, certifications.countOfPlayer(read, accountId));
    }

    public View get(UUID accountId, UUID certificationId) {
        DbExecute read = db.execute();
        return view(read, owned(certifications.find(read, certificationId), accountId));
    }

    public View submit(UUID accountId, UUID certificationId, Submission submission) {
        Certification current = owned(certifications.find(db.execute(), certificationId), accountId);
        Instant now = now();
        if (current.status() != CertificationStatus.IN_PROGRESS) {
            throw notInProgress();
        }
        if (now.isAfter(current.deadline())) {
            Transactions.inTransaction(db, tx -> {
                certifications.lock(tx, certificationId).filter(c -> c.status() == CertificationStatus.IN_PROGRESS)
                        .ifPresent(c -> certifications.update(tx, c.expired()));
                return null;
            });
            throw ProblemException.unprocessable("CERTIFICATION_EXPIRED", "The 20 minutes ended at "
                    + current.deadline() + "; the certification expired without a tier.");
        }
        // The third mission decides a tier: read the pilot's credential before taking any lock.
        Optional<PilotCredentials.Credential> held = current.missions().size() == Mission.values().length - 1
                ? heldCredential(accountId) : Optional.empty();
        return Transactions.inTransaction(db, tx -> {
            Certification c = owned(certifications.lock(tx, certificationId), accountId);
            if (c.status() != CertificationStatus.IN_PROGRESS) {
                throw notInProgress();
            }
            if (c.missions().stream().anyMatch(m -> m.mission() == submission.mission())) {
                throw ProblemException.conflict("MISSION_ALREADY_SUBMITTED", submission.mission()
                        + " has a result already.");
            }
            if (submission.mission() != c.nextMission()) {
                throw ProblemException.unprocessable("MISSION_OUT_OF_ORDER", "The next mission is "
                        + c.nextMission() + ".");
            }
            long available = Duration.between(c.lastStep(), now).toSeconds();
            if (submission.completionSeconds() > available) {
                throw ProblemException.unprocessable("IMPLAUSIBLE_RESULT", "completionSeconds "
                        + submission.completionSeconds() + " exceeds the " + available
                        + " s since the previous mission.");
            }
            Certification after = c.with(new Certification.MissionResult(submission.mission(), submission.accuracy(),
                    submission.hullIntegrity(), submission.completionSeconds(),
                    Certification.missionScore(submission.accuracy(), submission.hullIntegrity()), now));
            if (after.status() == CertificationStatus.COMPLETED && !keepsHigherTier(held, after, now)) {
                outbox.enqueue(tx, Pushes.AUTH, Pushes.UPSERT_PILOT_CREDENTIAL, certificationId.toString(),
                        new Pushes.PilotCredential(accountId, after.tier().name(), after.score(), certificationId,
                                after.passed()));
                after = after.withCredentialSent();
            }
            certifications.update(tx, after);
            return view(tx, after);
        });
    }

    /** Whether the pilot's unexpired credential is of a higher tier than the certification gives. */
    static boolean keepsHigherTier(Optional<PilotCredentials.Credential> held, Certification completed, Instant now) {
        return held.filter(c -> c.expiresAt().isAfter(now) && c.tier().compareTo(completed.tier()) > 0).isPresent();
    }

    /** The credential now held; when auth does not answer, the relay decides at delivery (it checks again). */
    private Optional<PilotCredentials.Credential> heldCredential(UUID accountId) {
        try {
            return pilots.credential(accountId);
        } catch (ProblemException e) {
            if (e.status() == 503) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private View view(DbExecute db, Certification c) {
        Certification shown = c.asOf(now());
        if (!shown.credentialSent()) {
            return new View(shown, CredentialSync.NOT_REQUIRED);
        }
        Set<String> pending = outbox.undeliveredKinds(db, c.certificationId().toString());
        return new View(shown, pending.contains(Pushes.UPSERT_PILOT_CREDENTIAL) ? CredentialSync.PENDING
                : CredentialSync.DELIVERED);
    }

    private static Certification owned(Optional<Certification> found, UUID accountId) {
        Certification c = found.orElseThrow(() -> ProblemException.notFound("CERTIFICATION_NOT_FOUND",
                "No certification has this id."));
        if (!c.playerId().equals(accountId)) {
            throw ProblemException.forbidden("NOT_YOUR_CERTIFICATION", "This certification is another pilot's.");
        }
        return c;
    }

    private static ProblemException inProgress() {
        return ProblemException.conflict("CERTIFICATION_IN_PROGRESS", "You have a certification IN_PROGRESS.");
    }

    private static ProblemException notInProgress() {
        return ProblemException.conflict("CERTIFICATION_NOT_IN_PROGRESS", "This certification has ended.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
