package com.necpgame.world.throne;

import java.time.Instant;
import java.util.Optional;

import com.necpgame.platform.problem.ProblemException;

/**
 * A server's Throne of Sand campaign and its rules: 3 acts of 3 chapters, progress 0..100 per chapter, the branch
 * chosen in Acts I-II and locked from Act III on (leaving chapter 6 needs one), completion after chapter 9. Every
 * change bumps the version; {@code run} counts resets (climate activations of earlier runs no longer count).
 */
public record Campaign(String serverId, CampaignStatus status, int chapter, int progress, Optional<Branch> branch,
                       Optional<Instant> branchChosenAt, int run, long version, Instant startedAt, Instant updatedAt,
                       Optional<Instant> completedAt) {
    static final int LAST_CHAPTER = 9;
    static final int END_OF_ACT_TWO = 6;
    static final int FULL = 100;

    public static Campaign start(String serverId, Instant now) {
        return new Campaign(serverId, CampaignStatus.ACTIVE, 1, 0, Optional.empty(), Optional.empty(), 1, 1, now, now,
                Optional.empty());
    }

    public int act() {
        return (chapter + 2) / 3;
    }

    /** From Act III on (leaving chapter 6 locks it) the branch can no longer change. */
    public boolean branchLocked() {
        return chapter > END_OF_ACT_TWO;
    }

    public CampaignSnapshot snapshot() {
        return new CampaignSnapshot(status, chapter, act(), branch, branchLocked(), progress, version);
    }

    /** 409 {@code CAMPAIGN_COMPLETED}, then 409 {@code STALE_VERSION}. */
    public void requireDecidable(long expectedVersion) {
        if (status == CampaignStatus.COMPLETED) {
            throw ProblemException.conflict("CAMPAIGN_COMPLETED", "The campaign is completed; no more decisions.");
        }
        requireVersion(expectedVersion);
    }

    public void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw ProblemException.conflict("STALE_VERSION", "The campaign is at version " + version
                    + ", not " + expectedVersion + "; read it again and retry.");
        }
    }

    public Campaign decide(Decision decision, Instant now) {
        return switch (decision.type()) {
            case CHOOSE_BRANCH -> chooseBranch(decision.branch().orElseThrow(), now);
            case ADVANCE_PROGRESS -> advanceProgress(decision.progressDelta().orElseThrow(), now);
            case ADVANCE_CHAPTER -> advanceChapter(now);
        };
    }

    Campaign chooseBranch(Branch chosen, Instant now) {
        if (branchLocked()) {
            throw ProblemException.locked("BRANCH_LOCKED", "The branch is locked from Act III on.", null);
        }
        if (branch.equals(Optional.of(chosen))) {
            throw ProblemException.unprocessable("NO_CHANGE", "The campaign already follows " + chosen + ".");
        }
        return new Campaign(serverId, status, chapter, progress, Optional.of(chosen), Optional.of(now), run,
                version + 1, startedAt, now, completedAt);
    }

    Campaign advanceProgress(int delta, Instant now) {
        if (progress >= FULL) {
            throw ProblemException.unprocessable("NO_CHANGE", "The chapter's progress is already 100.");
        }
        return new Campaign(serverId, status, chapter, Math.min(FULL, progress + delta), branch, branchChosenAt, run,
                version + 1, startedAt, now, completedAt);
    }

    Campaign advanceChapter(Instant now) {
        if (progress < FULL) {
            throw ProblemException.unprocessable("CHAPTER_INCOMPLETE", "The chapter needs progress 100 first.");
        }
        if (chapter == END_OF_ACT_TWO && branch.isEmpty()) {
            throw ProblemException.unprocessable("BRANCH_REQUIRED", "Leaving Act II needs a chosen branch.");
        }
        if (chapter == LAST_CHAPTER) {
            return new Campaign(serverId, CampaignStatus.COMPLETED, chapter, progress, branch, branchChosenAt, run,
                    version + 1, startedAt, now, Optional.of(now));
        }
        return new Campaign(serverId, status, chapter + 1, 0, branch, branchChosenAt, run, version + 1, startedAt,
                now, completedAt);
    }

    /** A climate protocol activation: only the version and time change. */
    public Campaign activated(Instant now) {
        if (status != CampaignStatus.ACTIVE) {
            throw ProblemException.conflict("CAMPAIGN_NOT_ACTIVE", "Climate protocols need an ACTIVE campaign.");
        }
        return new Campaign(serverId, status, chapter, progress, branch, branchChosenAt, run, version + 1, startedAt,
                now, completedAt);
    }

    /** Back to chapter 1 with no branch, in a new run (cooldowns cleared). */
    public Campaign reset(Instant now) {
        return new Campaign(serverId, CampaignStatus.ACTIVE, 1, 0, Optional.empty(), Optional.empty(), run + 1,
                version + 1, now, now, Optional.empty());
    }
}
