package com.necpgame.contracts.gameplay;

import com.necpgame.auth.client.api.SyncTokensApi;
import com.necpgame.auth.client.model.SyncTokenRequest;
import com.necpgame.contracts.gameplay.LiveServices.Player;
import com.necpgame.gameplay.client.ApiException;
import com.necpgame.gameplay.client.api.CombatApi;
import com.necpgame.gameplay.client.api.RaidInstancesApi;
import com.necpgame.gameplay.client.api.RaidTelemetryApi;
import com.necpgame.gameplay.client.api.SkyframeAcademyApi;
import com.necpgame.gameplay.client.model.AttackRequest;
import com.necpgame.gameplay.client.model.CombatParticipant;
import com.necpgame.gameplay.client.model.CombatParticipantKind;
import com.necpgame.gameplay.client.model.CombatSession;
import com.necpgame.gameplay.client.model.CombatSessionStatus;
import com.necpgame.gameplay.client.model.CreateRaidInstanceRequest;
import com.necpgame.gameplay.client.model.JoinRaidInstanceRequest;
import com.necpgame.gameplay.client.model.RaidDifficulty;
import com.necpgame.gameplay.client.model.RaidInstance;
import com.necpgame.gameplay.client.model.RaidPhase;
import com.necpgame.gameplay.client.model.RaidPhaseProgress;
import com.necpgame.gameplay.client.model.RaidTelemetrySample;
import com.necpgame.gameplay.client.model.SkyframeCertification;
import com.necpgame.gameplay.client.model.SkyframeMission;
import com.necpgame.gameplay.client.model.SkyframeMissionSubmission;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Pilots of the Quantum Reef Siege and their instance, seeded through gameplay's and auth's own APIs as the game
 * clients would: a new player certifies at the Skyframe Academy (three missions, the clock moved two seconds before
 * each so the completion times are plausible; accuracy 0.9, hull 95: 92000 points, tier T3), waits until the tier
 * reached auth through gameplay's outbox, creates a character; the leader creates a NORMAL instance, each pilot
 * fetches a sync token from auth for it and joins. Phases are fought through the combat API.
 */
final class RaidParty {

    /** A certified pilot and the character it flies. */
    record Pilot(Player player, UUID characterId) {
        String accountId() {
            return player.accountId().toString();
        }
    }

    final List<Pilot> pilots = new ArrayList<>();
    RaidInstance instance;

    private RaidParty() {
    }

    /** {@code size} certified pilots; no instance yet. */
    static RaidParty certified(int size) {
        RaidParty party = new RaidParty();
        for (int i = 0; i < size; i++) {
            party.pilots.add(certifiedPilot());
        }
        return party;
    }

    /** A new player, certified T3 at the Skyframe Academy, with a new character. */
    static Pilot certifiedPilot() {
        Player player = LiveServices.newPlayer();
        SkyframeAcademyApi academy = new SkyframeAcademyApi(LiveServices.gameplayClient(player));
        try {
            UUID certification = academy.startSkyframeCertification().getCertificationId();
            for (SkyframeMission mission : SkyframeMission.values()) {
                LiveServices.clock().advance(Duration.ofSeconds(2));
                academy.submitSkyframeMission(certification, new SkyframeMissionSubmission().mission(mission)
                        .accuracy(0.9).hullIntegrity(95).completionSeconds(1));
            }
            awaitDelivered(academy, certification);
        } catch (ApiException e) {
            throw new IllegalStateException("the academy refused a certification: " + e.getCode() + " "
                    + e.getResponseBody(), e);
        }
        return new Pilot(player, LiveServices.newCharacter(player));
    }

    /** The tier goes to auth through gameplay's outbox (relayed every 250 ms). */
    private static void awaitDelivered(SkyframeAcademyApi academy, UUID certification) throws ApiException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            SkyframeCertification c = academy.getSkyframeCertification(certification);
            if ("DELIVERED".equals(c.getCredentialSync().getValue())) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the pilot credential did not reach auth within 20 s");
    }

    Pilot leader() {
        return pilots.getFirst();
    }

    /** The leader creates a FORMING NORMAL instance (without a guild: social-service is not beside it). */
    RaidParty create() {
        try {
            instance = raids(leader()).createRaidInstance(new CreateRaidInstanceRequest()
                    .difficulty(RaidDifficulty.NORMAL).characterId(leader().characterId()));
        } catch (ApiException e) {
            throw refused("an instance", e);
        }
        return this;
    }

    /** Every pilot of the party joins with a sync token of its own. */
    RaidParty joinAll() {
        pilots.forEach(this::join);
        return this;
    }

    RaidParty join(Pilot pilot) {
        try {
            instance = raids(pilot).joinRaidInstance(instance.getInstanceId(), new JoinRaidInstanceRequest()
                    .characterId(pilot.characterId()).syncToken(syncToken(pilot)));
        } catch (ApiException e) {
            throw refused("a join", e);
        }
        return this;
    }

    RaidParty start() {
        try {
            instance = raids(leader()).startRaidAttempt(instance.getInstanceId());
        } catch (ApiException e) {
            throw refused("the start of an attempt", e);
        }
        return this;
    }

    RaidInstance reload() {
        try {
            return instance = raids(leader()).getRaidInstance(instance.getInstanceId());
        } catch (ApiException e) {
            throw refused("a read of the instance", e);
        }
    }

    /** A quantum sync token auth issues to the pilot for this instance (what a client fetches before joining). */
    String syncToken(Pilot pilot) {
        try {
            return new SyncTokensApi(LiveServices.authClient(pilot.player().accessToken())).issueSyncToken(
                    new SyncTokenRequest().instanceId(instance.getInstanceId())
                            .requiredTier(com.necpgame.auth.client.model.PilotTier.fromValue(
                                    instance.getRequiredTier().getValue()))
                            .windowEndsAt(instance.getWindowEndsAt())).getToken();
        } catch (com.necpgame.auth.client.ApiException e) {
            throw new IllegalStateException("auth refused a sync token: " + e.getCode() + " " + e.getResponseBody(),
                    e);
        }
    }

    /** One telemetry sample of the pilot's client, taken now. */
    void report(Pilot pilot, int latencyMs, double drift) {
        try {
            new RaidTelemetryApi(LiveServices.gameplayClient(pilot.player())).reportRaidTelemetry(
                    instance.getInstanceId(), new RaidTelemetrySample().latencyMs(latencyMs).drift(drift)
                            .dps(18450.5).shield(64).sampledAt(now()));
        } catch (ApiException e) {
            throw refused("a telemetry sample", e);
        }
    }

    /**
     * Every standing mech attacks the current phase's opponents in turn until its session ends (cleared); the
     * clock moves 300 ms a round (a pilot acts at most 10 times a second) and the pilots report telemetry so none
     * drops.
     */
    RaidParty clearPhase() {
        RaidInstance current = reload();
        RaidPhase phase = current.getPhase();
        UUID session = current.getPhases().stream().filter(p -> p.getPhase() == phase).findFirst()
                .map(RaidPhaseProgress::getCombatSessionId).orElseThrow();
        try {
            for (int round = 0; round < 200; round++) {
                for (Pilot pilot : pilots) {
                    CombatApi combat = new CombatApi(LiveServices.gameplayClient(pilot.player()));
                    CombatSession fight = combat.getCombatSession(session);
                    if (fight.getStatus() != CombatSessionStatus.ACTIVE) {
                        reload();
                        return this;
                    }
                    CombatParticipant mine = fight.getParticipants().stream()
                            .filter(p -> pilot.characterId().equals(p.getCharacterId())).findFirst().orElse(null);
                    CombatParticipant npc = fight.getParticipants().stream()
                            .filter(p -> p.getKind() == CombatParticipantKind.NPC && !p.getDefeated())
                            .findFirst().orElseThrow();
                    if (mine != null && !mine.getDefeated()) {
                        combat.attackInCombat(session, new AttackRequest().actionId(UUID.randomUUID())
                                .targetParticipantId(npc.getParticipantId()));
                    }
                }
                LiveServices.clock().advance(Duration.ofMillis(300));
                if (round % 5 == 4) {
                    pilots.forEach(p -> report(p, 40, 0.1));
                }
            }
        } catch (ApiException e) {
            throw refused("an attack", e);
        }
        throw new IllegalStateException("the phase " + phase + " did not end in 200 rounds");
    }

    static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(LiveServices.clock().instant(), ZoneOffset.UTC);
    }

    static RaidInstancesApi raids(Pilot pilot) {
        return new RaidInstancesApi(LiveServices.gameplayClient(pilot.player()));
    }

    private static IllegalStateException refused(String what, ApiException e) {
        return new IllegalStateException("gameplay refused " + what + ": " + e.getCode() + " " + e.getResponseBody(),
                e);
    }
}
