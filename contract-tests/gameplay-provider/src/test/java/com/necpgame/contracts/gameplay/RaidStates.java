package com.necpgame.contracts.gameplay;

import au.com.dius.pact.provider.junitsupport.State;
import com.necpgame.contracts.gameplay.LiveServices.Player;
import com.necpgame.contracts.gameplay.RaidParty.Pilot;
import com.necpgame.gameplay.client.ApiException;
import com.necpgame.gameplay.client.api.RaidInstancesApi;
import com.necpgame.gameplay.client.api.RaidLootApi;
import com.necpgame.gameplay.client.api.SkyframeAcademyApi;
import com.necpgame.gameplay.client.model.RaidLoot;
import com.necpgame.gameplay.client.model.RaidLootKind;
import com.necpgame.gameplay.client.model.RaidPlayerStatus;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The provider states of the game client's Quantum Reef Siege and Skyframe Academy interactions, seeded through
 * gameplay's and auth's own APIs ({@link RaidParty}): pilots certify at the academy, the leader creates a NORMAL
 * instance, pilots join with sync tokens from auth, the leader starts the attempt, the party fights the phases
 * through the combat API. Every state hands the interaction the access token and account id of the pilot whose
 * client sends the request (the leader unless said otherwise) and the ids only the provider knows.
 */
class RaidStates {

    /** The raid's rules, the leaderboards and the academy are open to any logged-in player. */
    @State("a logged-in pilot looks at the Quantum Reef Siege")
    Map<String, Object> lookingAtTheSiege() {
        return LiveServices.playerValues(LiveServices.newPlayer());
    }

    @State("a logged-in player with a character holds no pilot credential")
    Map<String, Object> uncertified() {
        Player player = LiveServices.newPlayer();
        Map<String, Object> values = new HashMap<>(LiveServices.playerValues(player));
        values.put("characterId", LiveServices.newCharacter(player).toString());
        return values;
    }

    @State("a pilot certified T3 at the Skyframe Academy has a character and no raid")
    Map<String, Object> certifiedWithoutARaid() {
        Pilot pilot = RaidParty.certifiedPilot();
        Map<String, Object> values = new HashMap<>(LiveServices.playerValues(pilot.player()));
        values.put("characterId", pilot.characterId().toString());
        return values;
    }

    /** The leader has not joined yet; the sync token auth issued it for the instance is handed on. */
    @State("a certified pilot leads a forming NORMAL Quantum Reef Siege instance and holds a sync token for it")
    Map<String, Object> leadingAFormingInstance() {
        RaidParty party = RaidParty.certified(1).create();
        Map<String, Object> values = values(party, party.leader());
        values.put("syncToken", party.syncToken(party.leader()));
        return values;
    }

    @State("a certified pilot is alone on the roster of a forming NORMAL Quantum Reef Siege instance")
    Map<String, Object> aloneOnTheRoster() {
        RaidParty party = RaidParty.certified(1).create().joinAll();
        return values(party, party.leader());
    }

    /** A sample of 134 ms (above the 120 ms threshold) opened a LATENCY sync alert for the pilot. */
    @State("a pilot on a forming Quantum Reef Siege instance reported a sample with 134 ms latency")
    Map<String, Object> reportedHighLatency() {
        RaidParty party = RaidParty.certified(1).create().joinAll();
        party.report(party.leader(), 134, 0.21);
        return values(party, party.leader());
    }

    /** {@code sampledAt}: the provider's clock now (a sample must be within 60 seconds of it). */
    @State("a pilot is CONNECTED on a forming Quantum Reef Siege instance")
    Map<String, Object> connected() {
        RaidParty party = RaidParty.certified(1).create().joinAll();
        Map<String, Object> values = values(party, party.leader());
        values.put("sampledAt", RaidParty.now().toString());
        return values;
    }

    @State("four certified pilots are on the roster of a forming NORMAL Quantum Reef Siege instance")
    Map<String, Object> fourOnTheRoster() {
        RaidParty party = RaidParty.certified(4).create().joinAll();
        return values(party, party.leader());
    }

    @State("four pilots fight Sky Insertion of the Quantum Reef Siege")
    Map<String, Object> fightingSkyInsertion() {
        RaidParty party = RaidParty.certified(4).create().joinAll().start();
        return values(party, party.leader());
    }

    /** The handed pilot is the leader, locked out at NORMAL like every pilot of the roster. */
    @State("the leader of a Quantum Reef Siege attempt called a wipe")
    Map<String, Object> wiped() throws ApiException {
        RaidParty party = RaidParty.certified(4).create().joinAll().start();
        new RaidInstancesApi(LiveServices.gameplayClient(party.leader().player()))
                .callRaidWipe(party.instance.getInstanceId());
        return values(party, party.leader());
    }

    /**
     * Nobody reported telemetry for 16 seconds of the provider's clock, so every pilot of the attempt dropped; the
     * handed pilot (not the leader) reconnects with a fresh sync token.
     */
    @State("a pilot dropped out of a running Quantum Reef Siege attempt and holds a fresh sync token")
    Map<String, Object> dropped() {
        RaidParty party = RaidParty.certified(4).create().joinAll().start();
        LiveServices.clock().advance(Duration.ofSeconds(16));
        Pilot dropping = party.pilots.get(1);
        if (party.reload().getPlayers().stream().noneMatch(p -> p.getPlayerId().equals(dropping.player().accountId())
                && p.getStatus() == RaidPlayerStatus.DISCONNECTED)) {
            throw new IllegalStateException("the silent pilot did not drop");
        }
        Map<String, Object> values = values(party, dropping);
        values.put("syncToken", party.syncToken(dropping));
        return values;
    }

    /**
     * Sky Insertion cleared on NORMAL: each of the four pilots got 20 Lumina Shards at once, and the phase's
     * storm-wall-capacitor is ROLLING (lootId) among them. The leader's client sends the request;
     * {@code priorityPlayerId} is another pilot of the roster.
     */
    @State("four pilots cleared Sky Insertion of the Quantum Reef Siege and its storm-wall capacitor is rolling")
    Map<String, Object> skyInsertionCleared() throws ApiException {
        RaidParty party = RaidParty.certified(4).create().joinAll().start().clearPhase();
        RaidLoot item = new RaidLootApi(LiveServices.gameplayClient(party.leader().player()))
                .listRaidLoot(party.instance.getInstanceId(), null, 100).getItems().stream()
                .filter(l -> l.getKind() == RaidLootKind.ITEM).findFirst()
                .orElseThrow(() -> new IllegalStateException("Sky Insertion dropped no item"));
        Map<String, Object> values = values(party, party.leader());
        values.put("lootId", item.getLootId().toString());
        values.put("priorityPlayerId", party.pilots.get(2).accountId());
        return values;
    }

    /** Kraken Prime defeated: the four pilots are on the NORMAL pilot leaderboard. */
    @State("four pilots cleared the Quantum Reef Siege on NORMAL")
    Map<String, Object> siegeCleared() {
        RaidParty party = RaidParty.certified(4).create().joinAll().start().clearPhase().clearPhase().clearPhase();
        if (!"CLEARED".equals(party.instance.getStatus().getValue())) {
            throw new IllegalStateException("the siege is " + party.instance.getStatus() + ", not CLEARED");
        }
        return values(party, party.leader());
    }

    /** Started two seconds ago on the provider's clock: a first mission of up to 2 seconds is plausible. */
    @State("a pilot started a Skyframe Academy certification")
    Map<String, Object> certificationStarted() throws ApiException {
        Player player = LiveServices.newPlayer();
        UUID certification = new SkyframeAcademyApi(LiveServices.gameplayClient(player)).startSkyframeCertification()
                .getCertificationId();
        LiveServices.clock().advance(Duration.ofSeconds(2));
        Map<String, Object> values = new HashMap<>(LiveServices.playerValues(player));
        values.put("certificationId", certification.toString());
        return values;
    }

    /** The pilot's token and ids, the instance and its leader's character. */
    private static Map<String, Object> values(RaidParty party, Pilot pilot) {
        Map<String, Object> values = new HashMap<>(LiveServices.playerValues(pilot.player()));
        values.put("characterId", pilot.characterId().toString());
        values.put("instanceId", party.instance.getInstanceId().toString());
        values.put("leaderPlayerId", party.leader().accountId());
        return values;
    }
}
