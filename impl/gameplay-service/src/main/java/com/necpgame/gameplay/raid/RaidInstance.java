package com.necpgame.gameplay.raid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.necpgame.gameplay.raid.RaidTypes.Difficulty;
import com.necpgame.gameplay.raid.RaidTypes.InstanceStatus;
import com.necpgame.gameplay.raid.RaidTypes.Phase;
import com.necpgame.gameplay.raid.RaidTypes.PhaseStatus;
import com.necpgame.gameplay.raid.RaidTypes.Tier;

/**
 * A raid instance without its roster (see {@link Pilot}). Pure state changes: each returns the new instance. The
 * phases go strictly in order: only {@link #phaseCleared} activates the next one, so no phase can be skipped.
 */
public record RaidInstance(UUID id, Difficulty difficulty, Tier requiredTier, InstanceStatus status, Phase phase,
                           List<PhaseProgress> phases, UUID leaderPlayerId, UUID leaderCharacterId, UUID guildId,
                           int wipes, int attempt, Instant attemptStartedAt, Instant lockedUntil,
                           Instant windowEndsAt, Instant clearedAt, Long clearTimeMs, Instant createdAt) {

    /** One phase of the current attempt. */
    public record PhaseProgress(Phase phase, int order, PhaseStatus status, UUID combatSessionId, Instant startedAt,
                                Instant clearedAt) {
    }

    public RaidInstance {
        phases = List.copyOf(phases);
    }

    public static RaidInstance create(UUID id, RaidContent content, Difficulty difficulty, UUID leader,
                                      UUID leaderCharacter, UUID guildId, Instant now) {
        return new RaidInstance(id, difficulty, content.rule(difficulty).requiredTier(), InstanceStatus.FORMING,
                content.first().phase(), pending(content), leader, leaderCharacter, guildId, 0, 1, null, null,
                now.plus(RaidContent.WINDOW), null, null, now);
    }

    private static List<PhaseProgress> pending(RaidContent content) {
        return content.phases().stream()
                .map(p -> new PhaseProgress(p.phase(), p.order(), PhaseStatus.PENDING, null, null, null)).toList();
    }

    public PhaseProgress progress(Phase of) {
        return phases.stream().filter(p -> p.phase() == of).findFirst().orElseThrow();
    }

    /** The combat session of the ACTIVE phase, if any. */
    public UUID activeSession() {
        return phases.stream().filter(p -> p.status() == PhaseStatus.ACTIVE).map(PhaseProgress::combatSessionId)
                .findFirst().orElse(null);
    }

    public RaidInstance withStatus(InstanceStatus newStatus) {
        return new RaidInstance(id, difficulty, requiredTier, newStatus, phase, phases, leaderPlayerId,
                leaderCharacterId, guildId, wipes, attempt, attemptStartedAt, lockedUntil, windowEndsAt, clearedAt,
                clearTimeMs, createdAt);
    }

    public RaidInstance withLeader(UUID newLeader) {
        return new RaidInstance(id, difficulty, requiredTier, status, phase, phases, newLeader, leaderCharacterId,
                guildId, wipes, attempt, attemptStartedAt, lockedUntil, windowEndsAt, clearedAt, clearTimeMs,
                createdAt);
    }

    /** The attempt starts: IN_PROGRESS, the clock of the clear time runs, the first phase fights {@code session}. */
    public RaidInstance attemptStarted(UUID session, Instant now) {
        return new RaidInstance(id, difficulty, requiredTier, InstanceStatus.IN_PROGRESS, phases.getFirst().phase(),
                activate(phases, phases.getFirst().phase(), session, now), leaderPlayerId, leaderCharacterId, guildId,
                wipes, attempt, now, null, windowEndsAt, null, null, createdAt);
    }

    /** The ACTIVE phase is cleared; {@code next} (with its session) becomes ACTIVE, or the raid is CLEARED. */
    public RaidInstance phaseCleared(Phase next, UUID nextSession, Instant now) {
        List<PhaseProgress> list = new ArrayList<>(phases);
        list.replaceAll(p -> p.phase() == phase
                ? new PhaseProgress(p.phase(), p.order(), PhaseStatus.CLEARED, p.combatSessionId(), p.startedAt(), now)
                : p);
        if (next == null) {
            long clearTime = java.time.Duration.between(attemptStartedAt, now).toMillis();
            return new RaidInstance(id, difficulty, requiredTier, InstanceStatus.CLEARED, phase, list, leaderPlayerId,
                    leaderCharacterId, guildId, wipes, attempt, attemptStartedAt, null, windowEndsAt, now, clearTime,
                    createdAt);
        }
        return new RaidInstance(id, difficulty, requiredTier, status, next, activate(list, next, nextSession, now),
                leaderPlayerId, leaderCharacterId, guildId, wipes, attempt, attemptStartedAt, lockedUntil,
                windowEndsAt, clearedAt, clearTimeMs, createdAt);
    }

    /** A wipe: LOCKED until {@code until}, one more wipe; the phases keep what the attempt reached until reopening. */
    public RaidInstance wiped(Instant until) {
        List<PhaseProgress> list = new ArrayList<>(phases);
        list.replaceAll(p -> p.status() == PhaseStatus.ACTIVE
                ? new PhaseProgress(p.phase(), p.order(), PhaseStatus.PENDING, p.combatSessionId(), p.startedAt(), null)
                : p);
        return new RaidInstance(id, difficulty, requiredTier, InstanceStatus.LOCKED, phase, list, leaderPlayerId,
                leaderCharacterId, guildId, wipes + 1, attempt, attemptStartedAt, until, windowEndsAt, null, null,
                createdAt);
    }

    /** The lock ended: FORMING again for a new attempt, with a new window, from the first phase. */
    public RaidInstance reopened(RaidContent content, Instant now) {
        return new RaidInstance(id, difficulty, requiredTier, InstanceStatus.FORMING, content.first().phase(),
                pending(content), leaderPlayerId, leaderCharacterId, guildId, wipes, attempt + 1, null, null,
                now.plus(RaidContent.WINDOW), null, null, createdAt);
    }

    private static List<PhaseProgress> activate(List<PhaseProgress> phases, Phase which, UUID session, Instant now) {
        List<PhaseProgress> list = new ArrayList<>(phases);
        list.replaceAll(p -> p.phase() == which
                ? new PhaseProgress(p.phase(), p.order(), PhaseStatus.ACTIVE, session, now, null) : p);
        return list;
    }
}
