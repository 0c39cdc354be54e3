package com.necpgame.gameplay.combat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.gameplay.combat.CombatTypes.Kind;
import com.necpgame.gameplay.combat.CombatTypes.SessionType;
import com.necpgame.gameplay.combat.CombatTypes.Side;
import com.necpgame.gameplay.combat.CombatTypes.Status;

/**
 * A fight and its participants. Pure state changes: each returns the new session; the end rules are in
 * {@link #settled(Instant)}.
 */
public record CombatSession(UUID id, SessionType type, Status status, String encounterId, UUID questSessionId,
                            UUID instanceId, String raidPhase, long turn, List<Participant> participants,
                            Map<String, Instant> cooldowns, Side winnerSide, Instant startedAt, Instant endedAt) {
    public CombatSession {
        participants = List.copyOf(participants);
        cooldowns = cooldowns == null ? Map.of() : Map.copyOf(cooldowns);
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public Optional<Participant> participant(UUID participantId) {
        return participants.stream().filter(p -> p.participantId().equals(participantId)).findFirst();
    }

    /** The caller's character participant, if the caller owns one. */
    public Optional<Participant> ownedBy(UUID accountId) {
        return participants.stream().filter(p -> accountId.equals(p.accountId())).findFirst();
    }

    public CombatSession with(Participant changed) {
        List<Participant> list = new ArrayList<>(participants);
        list.replaceAll(p -> p.participantId().equals(changed.participantId()) ? changed : p);
        return new CombatSession(id, type, status, encounterId, questSessionId, instanceId, raidPhase, turn, list,
                cooldowns, winnerSide, startedAt, endedAt);
    }

    public CombatSession nextTurn() {
        return new CombatSession(id, type, status, encounterId, questSessionId, instanceId, raidPhase, turn + 1,
                participants, cooldowns, winnerSide, startedAt, endedAt);
    }

    public CombatSession withCooldown(String key, Instant readyAt) {
        Map<String, Instant> next = new java.util.HashMap<>(cooldowns);
        next.put(key, readyAt);
        return new CombatSession(id, type, status, encounterId, questSessionId, instanceId, raidPhase, turn,
                participants, next, winnerSide, startedAt, endedAt);
    }

    /**
     * Applies the end rules: a side with nobody standing loses; COMPLETED when all of it is defeated (the other
     * side wins), FLED when someone of it fled. In PVE and PVP_DUEL one flee ends the session.
     */
    public CombatSession settled(Instant now) {
        if (!active()) {
            return this;
        }
        boolean anyFled = participants.stream().anyMatch(Participant::fled);
        // Outside the raid one flee ends a PVE fight or a duel; in a raid phase only the pilot who fled leaves.
        if (anyFled && instanceId == null && (type == SessionType.PVE || type == SessionType.PVP_DUEL)) {
            return ended(Status.FLED, null, now);
        }
        for (Side side : Side.values()) {
            List<Participant> members = participants.stream().filter(p -> p.side() == side).toList();
            if (members.stream().noneMatch(Participant::standing)) {
                boolean allDefeated = members.stream().allMatch(Participant::defeated);
                return allDefeated ? ended(Status.COMPLETED, side.other(), now) : ended(Status.FLED, null, now);
            }
        }
        // Raid and arena: a side whose characters all fled ends the session FLED.
        for (Side side : Side.values()) {
            List<Participant> characters = participants.stream()
                    .filter(p -> p.side() == side && p.kind() == Kind.CHARACTER).toList();
            if (!characters.isEmpty() && characters.stream().allMatch(Participant::fled)) {
                return ended(Status.FLED, null, now);
            }
        }
        return this;
    }

    CombatSession ended(Status newStatus, Side winner, Instant now) {
        return new CombatSession(id, type, newStatus, encounterId, questSessionId, instanceId, raidPhase, turn,
                participants, cooldowns, winner, startedAt, now);
    }
}
