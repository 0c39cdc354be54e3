package com.necpgame.gameplay.raid;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.necpgame.gameplay.raid.RaidTypes.CertificationStatus;
import com.necpgame.gameplay.raid.RaidTypes.Mission;
import com.necpgame.gameplay.raid.RaidTypes.Tier;

/**
 * A Skyframe Academy certification: three missions in order within 20 minutes. A mission scores
 * {@code floor(60000 * accuracy + 400 * hullIntegrity)}; the certification scores the floor of the mean, passes at
 * 70000, and gives T3 from 85000, T2 from 70000, T1 below.
 */
public record Certification(UUID certificationId, UUID playerId, CertificationStatus status,
                            List<MissionResult> missions, Integer score, Boolean passed, Tier tier,
                            Instant startedAt, Instant deadline, Instant completedAt, boolean credentialSent) {
    public static final Duration TIME_LIMIT = Duration.ofMinutes(20);
    public static final int PASS_SCORE = 70000;
    public static final int T3_SCORE = 85000;

    public record MissionResult(Mission mission, double accuracy, int hullIntegrity, int completionSeconds,
                                int score, Instant submittedAt) {
    }

    public Certification {
        missions = List.copyOf(missions);
    }

    public static Certification start(UUID playerId, Instant now) {
        return new Certification(UUID.randomUUID(), playerId, CertificationStatus.IN_PROGRESS, List.of(), null, null,
                null, now, now.plus(TIME_LIMIT), null, false);
    }

    /** In decimal, so that 0.29 scores 17400 and not the 17399.99... of binary floating point. */
    public static int missionScore(double accuracy, int hullIntegrity) {
        return new java.math.BigDecimal(Double.toString(accuracy)).multiply(java.math.BigDecimal.valueOf(60000))
                .add(java.math.BigDecimal.valueOf(400L * hullIntegrity))
                .setScale(0, java.math.RoundingMode.FLOOR).intValueExact();
    }

    public static Tier tierFor(int score) {
        return score >= T3_SCORE ? Tier.T3 : score >= PASS_SCORE ? Tier.T2 : Tier.T1;
    }

    /** The mission to submit next, or null when all three are in. */
    public Mission nextMission() {
        return missions.size() < Mission.values().length ? Mission.values()[missions.size()] : null;
    }

    /** When the previous mission (or the start) was: a mission cannot have taken longer than the time since. */
    public Instant lastStep() {
        return missions.isEmpty() ? startedAt : missions.getLast().submittedAt();
    }

    /** As readers see it: an IN_PROGRESS certification past its deadline is EXPIRED. */
    public Certification asOf(Instant now) {
        return status == CertificationStatus.IN_PROGRESS && now.isAfter(deadline) ? expired() : this;
    }

    public Certification expired() {
        return new Certification(certificationId, playerId, CertificationStatus.EXPIRED, missions, null, null, null,
                startedAt, deadline, null, false);
    }

    /** With one more mission; the third completes it with the score, the pass and the tier. */
    public Certification with(MissionResult result) {
        List<MissionResult> list = new ArrayList<>(missions);
        list.add(result);
        if (list.size() < Mission.values().length) {
            return new Certification(certificationId, playerId, status, list, null, null, null, startedAt, deadline,
                    null, false);
        }
        int mean = (int) Math.floor(list.stream().mapToLong(MissionResult::score).sum() / (double) list.size());
        return new Certification(certificationId, playerId, CertificationStatus.COMPLETED, list, mean,
                mean >= PASS_SCORE, tierFor(mean), startedAt, deadline, result.submittedAt(), false);
    }

    public Certification withCredentialSent() {
        return new Certification(certificationId, playerId, status, missions, score, passed, tier, startedAt,
                deadline, completedAt, true);
    }
}
