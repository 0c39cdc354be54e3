package com.necpgame.gameplay;

import static com.necpgame.gameplay.TestGameplay.BASE;
import static com.necpgame.gameplay.TestGameplay.idempotencyKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.gameplay.TestGameplay.Player;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Quantum Reef Siege over real HTTP with the real auth-service: certification at the Skyframe Academy, sync
 * tokens, the roster, the three phases fought as combat sessions in order, telemetry and sync alerts, loot by
 * Need / Greed / Priority with Lumina Shards credited to economy, wipes and the 12-hour lock, reconnects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RaidTest {
    static final String SIEGE = BASE + "/raids/quantum-reef-siege";
    static final String AUTH = "/api/v1/auth";

    @AutoClose
    private final TestGameplay game = new TestGameplay();
    private final Http http = game.http;

    /** A pilot: the player, its character, certified (T3 by default) in auth through the academy. */
    record Pilot(Player player, UUID character) {
    }

    @Test
    void theRaidPublishesItsPhasesInOrderAndItsNumbers() {
        JsonNode raid = http.get(SIEGE, game.newPlayer().token()).assertStatus(200).json();
        assertThat(raid.get("phases").findValuesAsText("phase"))
                .containsExactly("SKY_INSERTION", "REEF_BREACH", "TITAN_LOCK");
        assertThat(raid.get("phases").get(2).get("bossName").asText()).isEqualTo("Kraken Prime");
        assertThat(raid.get("difficulties").findValuesAsText("requiredTier")).containsExactly("T1", "T2", "T3");
        assertThat(raid.get("latencyAlertMs").asInt()).isEqualTo(120);
        assertThat(raid.get("driftAlertThreshold").asDouble()).isEqualTo(0.35);
        assertThat(raid.get("maxReconnects").asInt()).isEqualTo(3);
    }

    @Test
    void aPartyClearsThePhasesInOrderAndTheLootIsDistributed() {
        List<Pilot> party = party(4);
        Pilot leader = party.getFirst();
        String guild = UUID.randomUUID().toString();
        party.forEach(p -> game.standIns.guilds.put(p.character().toString(), guild));
        JsonNode created = http.post(SIEGE + "/instances", """
                {"difficulty":"NORMAL","characterId":"%s","guildId":"%s"}""".formatted(leader.character(), guild),
                leader.player().token()).assertStatus(201).json();
        String id = created.get("instanceId").asText();
        assertThat(created.get("status").asText()).isEqualTo("FORMING");
        assertThat(created.get("players")).isEmpty();

        joinAll(id, party.subList(0, 3));
        http.post(SIEGE + "/instances/" + id + "/start", "", leader.player().token())
                .assertProblem(422, "NOT_ENOUGH_PILOTS");
        joinAll(id, party.subList(3, 4));
        http.post(SIEGE + "/instances/" + id + "/start", "", party.get(1).player().token())
                .assertProblem(403, "NOT_RAID_LEADER");
        JsonNode started = http.post(SIEGE + "/instances/" + id + "/start", "", leader.player().token())
                .assertStatus(200).json();
        assertThat(started.get("status").asText()).isEqualTo("IN_PROGRESS");
        // Only the first phase is open; the later ones have no session to fight in until it is cleared.
        assertThat(started.get("phases").findValuesAsText("status")).containsExactly("ACTIVE", "PENDING", "PENDING");
        assertThat(started.get("phases").get(1).has("combatSessionId")).isFalse();

        // Telemetry: 134 ms raises an alert that stays open (no second one), a good sample resolves it.
        JsonNode high = telemetry(leader, id, 134, 0.21).assertStatus(201).json();
        assertThat(high.get("syncAlert").asBoolean()).isTrue();
        JsonNode still = telemetry(leader, id, 125, 0.1).assertStatus(201).json();
        assertThat(still.get("alertId").asText()).isEqualTo(high.get("alertId").asText());
        game.clock.advance(Duration.ofSeconds(1));
        assertThat(telemetry(leader, id, 40, 0.1).assertStatus(201).json().get("syncAlert").asBoolean()).isFalse();
        JsonNode alerts = http.get(SIEGE + "/instances/" + id + "/sync-alerts", leader.player().token())
                .assertStatus(200).json();
        assertThat(alerts.get("total").asInt()).isEqualTo(1);
        assertThat(alerts.get("items").get(0).get("status").asText()).isEqualTo("RESOLVED");
        JsonNode samples = http.get(SIEGE + "/instances/" + id + "/telemetry?playerId=" + leader.player().accountId(),
                party.get(1).player().token()).assertStatus(200).json();
        assertThat(samples.get("total").asInt()).isEqualTo(3);
        assertThat(samples.get("items").get(0).get("latencyMs").asInt()).isEqualTo(40); // newest first
        http.get(SIEGE + "/instances/" + id + "/telemetry", game.newPlayer().token())
                .assertProblem(403, "NOT_ON_ROSTER");

        for (String phase : List.of("SKY_INSERTION", "REEF_BREACH", "TITAN_LOCK")) {
            JsonNode instance = http.get(SIEGE + "/instances/" + id, leader.player().token()).assertStatus(200).json();
            assertThat(instance.get("phase").asText()).isEqualTo(phase);
            clearPhase(party, instance);
        }
        JsonNode cleared = http.get(SIEGE + "/instances/" + id, leader.player().token()).assertStatus(200).json();
        assertThat(cleared.get("status").asText()).isEqualTo("CLEARED");
        assertThat(cleared.get("phases").findValuesAsText("status")).containsExactly("CLEARED", "CLEARED", "CLEARED");
        assertThat(cleared.get("clearTimeMs").asLong()).isPositive();

        JsonNode guilds = http.get(SIEGE + "/leaderboard/guilds?difficulty=NORMAL", leader.player().token())
                .assertStatus(200).json();
        assertThat(guilds.get("items").findValuesAsText("guildId")).contains(guild);
        JsonNode pilots = http.get(SIEGE + "/leaderboard/pilots", leader.player().token()).assertStatus(200).json();
        assertThat(pilots.get("items").findValuesAsText("playerId"))
                .contains(leader.player().accountId().toString());

        // Each phase: Lumina Shards (20 on NORMAL) to each of the 4 pilots at once, and one item to roll for.
        JsonNode loot = http.get(SIEGE + "/instances/" + id + "/loot?limit=100", leader.player().token())
                .assertStatus(200).json();
        List<JsonNode> shards = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        loot.get("items").forEach(l -> (l.get("kind").asText().equals("LUMINA_SHARDS") ? shards : items).add(l));
        assertThat(shards).hasSize(12).allMatch(s -> s.get("quantity").asInt() == 20
                && s.get("status").asText().equals("ASSIGNED") && s.get("awardedBy").asText().equals("AUTO"));
        assertThat(items).hasSize(3).allMatch(i -> i.get("status").asText().equals("ROLLING"));

        String first = items.get(0).get("lootId").asText();
        game.dice.queue(40, 95, 70);
        roll(party.get(0), id, first, "NEED", "raid-key-k1").assertStatus(200);
        roll(party.get(0), id, first, "NEED", "raid-key-k1").assertStatus(200).header("Idempotency-Replayed")
                .ifPresent(v -> assertThat(v).isEqualTo("true"));
        roll(party.get(0), id, first, "GREED", "raid-key-k2").assertProblem(409, "ALREADY_ROLLED");
        roll(party.get(1), id, first, "GREED", "raid-key-k3").assertStatus(200);
        roll(party.get(2), id, first, "NEED", "raid-key-k4").assertStatus(200);
        JsonNode resolved = roll(party.get(3), id, first, "PASS", "raid-key-k5").assertStatus(200).json();
        // NEED beats GREED (the 95); the higher NEED (70 over 40) wins.
        assertThat(resolved.get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(resolved.get("awardedBy").asText()).isEqualTo("NEED");
        assertThat(resolved.get("winnerPlayerId").asText()).isEqualTo(party.get(2).player().accountId().toString());
        roll(party.get(1), id, first, "NEED", "raid-key-k6").assertProblem(409, "LOOT_NOT_ROLLING");
        roll(party.get(1), id, shards.getFirst().get("lootId").asText(), "NEED", "raid-key-k7").assertProblem(422, "NOT_AN_ITEM");

        String second = items.get(1).get("lootId").asText();
        http.send("POST", SIEGE + "/instances/" + id + "/loot/" + second + "/priority", """
                {"playerId":"%s"}""".formatted(party.get(3).player().accountId()), party.get(1).player().token(),
                idempotencyKey("raid-key-p0")).assertProblem(403, "NOT_RAID_LEADER");
        JsonNode priority = http.send("POST", SIEGE + "/instances/" + id + "/loot/" + second + "/priority", """
                {"playerId":"%s"}""".formatted(party.get(3).player().accountId()), leader.player().token(),
                idempotencyKey("raid-key-p1")).assertStatus(200).json();
        assertThat(priority.get("awardedBy").asText()).isEqualTo("PRIORITY");

        // The third item times out: nobody rolled, so it is UNCLAIMED.
        game.clock.advance(Duration.ofSeconds(61));
        String third = items.get(2).get("lootId").asText();
        roll(party.get(1), id, third, "NEED", "raid-key-k8").assertProblem(409, "LOOT_NOT_ROLLING");

        // Every assignment goes to economy through the outbox, keyed by the loot id.
        game.relay();
        List<StandIns.Received> grants = game.standIns.received(StandIns.GRANTS).stream()
                .filter(g -> g.body().path("source").asText().equals("RAID_LOOT")).toList();
        assertThat(grants).hasSize(12 + 2);
        assertThat(grants).allMatch(g -> g.idempotencyKey().equals(g.body().get("grantId").asText()));
        assertThat(grants.stream().filter(g -> g.body().path("currencies").size() == 1))
                .allMatch(g -> g.body().get("currencies").get(0).get("currency").asText().equals("LUMINA_SHARD"));
    }

    @Test
    void aWipeLocksTheInstanceAndItsPilotsForTwelveHours() {
        List<Pilot> party = party(4);
        Pilot leader = party.getFirst();
        String id = create(leader, "NORMAL");
        joinAll(id, party);
        http.post(SIEGE + "/instances/" + id + "/wipe", "", leader.player().token())
                .assertProblem(409, "RAID_NOT_IN_PROGRESS");
        http.post(SIEGE + "/instances/" + id + "/start", "", leader.player().token()).assertStatus(200);
        JsonNode wipe = http.post(SIEGE + "/instances/" + id + "/wipe", "", leader.player().token())
                .assertStatus(200).json();
        assertThat(wipe.get("cause").asText()).isEqualTo("CALLED_BY_LEADER");
        Instant until = Instant.parse(wipe.get("lockedUntil").asText());
        assertThat(Duration.between(Instant.parse(wipe.get("occurredAt").asText()), until)).hasHours(12);

        JsonNode locked = http.get(SIEGE + "/instances/" + id, leader.player().token()).assertStatus(200).json();
        assertThat(locked.get("status").asText()).isEqualTo("LOCKED");
        assertThat(locked.get("wipes").asInt()).isEqualTo(1);
        JsonNode lockout = http.get(SIEGE + "/lockout", party.get(2).player().token()).assertStatus(200).json();
        assertThat(lockout.get("locks").get(0).get("difficulty").asText()).isEqualTo("NORMAL");
        http.post(SIEGE + "/instances", """
                {"difficulty":"NORMAL","characterId":"%s"}""".formatted(party.get(2).character()),
                party.get(2).player().token()).assertProblem(423, "RAID_LOCKED");
        http.post(SIEGE + "/instances/" + id + "/start", "", leader.player().token()).assertProblem(423, "RAID_LOCKED");
        assertThat(http.get(SIEGE + "/instances/" + id + "/wipes", leader.player().token()).assertStatus(200).json()
                .get("total").asInt()).isEqualTo(1);

        // When the lock ends the instance reopens FORMING for attempt 2, the roster kept, out of sync until it joins.
        game.clock.advance(Duration.ofHours(12).plusSeconds(1));
        leader = refreshed(List.of(leader)).getFirst();
        JsonNode reopened = http.get(SIEGE + "/instances/" + id, leader.player().token()).assertStatus(200).json();
        assertThat(reopened.get("status").asText()).isEqualTo("FORMING");
        assertThat(reopened.get("attempt").asInt()).isEqualTo(2);
        assertThat(reopened.get("players").findValuesAsText("status")).containsOnly("DISCONNECTED");
        assertThat(http.get(SIEGE + "/lockout", leader.player().token()).assertStatus(200).json().get("locks"))
                .isEmpty();
    }

    @Test
    void aDroppedPilotReconnectsAtMostThreeTimesWithItsMechAsItWas() {
        List<Pilot> party = party(4);
        Pilot leader = party.getFirst();
        Pilot dropping = party.get(1);
        String id = create(leader, "NORMAL");
        joinAll(id, party);
        http.post(SIEGE + "/instances/" + id + "/start", "", leader.player().token()).assertStatus(200);
        http.post(SIEGE + "/instances/" + id + "/reconnect", syncBody(dropping, id), dropping.player().token())
                .assertProblem(409, "NOT_DISCONNECTED");
        for (int reconnect = 1; reconnect <= 3; reconnect++) {
            game.clock.advance(Duration.ofSeconds(16));
            JsonNode instance = http.get(SIEGE + "/instances/" + id, leader.player().token()).assertStatus(200).json();
            assertThat(pilotIn(instance, dropping).get("status").asText()).isEqualTo("DISCONNECTED");
            telemetry(dropping, id, 40, 0.1).assertProblem(409, "NOT_CONNECTED");
            http.post(SIEGE + "/instances/" + id + "/reconnect", """
                    {"syncToken":"forged.sync-token.value-of-no-one"}""", dropping.player().token())
                    .assertProblem(403, "SYNC_TOKEN_INVALID");
            JsonNode back = http.post(SIEGE + "/instances/" + id + "/reconnect", syncBody(dropping, id),
                    dropping.player().token()).assertStatus(200).json();
            assertThat(back.get("status").asText()).isEqualTo("CONNECTED");
            assertThat(back.get("reconnectsUsed").asInt()).isEqualTo(reconnect);
            assertThat(back.get("mech").get("hull").asInt()).isEqualTo(4000);
        }
        game.clock.advance(Duration.ofSeconds(16));
        http.post(SIEGE + "/instances/" + id + "/reconnect", syncBody(dropping, id), dropping.player().token())
                .assertProblem(422, "RECONNECT_LIMIT_REACHED");
    }

    @Test
    void joiningChecksTheSyncTokenTheCredentialAndTheRoster() {
        List<Pilot> party = party(2);
        Pilot leader = party.getFirst();
        String id = create(leader, "NORMAL");
        Pilot other = party.get(1);
        http.post(SIEGE + "/instances/" + id + "/join", """
                {"characterId":"%s","syncToken":"%s"}""".formatted(other.character(), syncToken(leader, id)),
                other.player().token()).assertProblem(403, "SYNC_TOKEN_NOT_YOURS");
        http.post(SIEGE + "/instances/" + id + "/join", """
                {"characterId":"%s","syncToken":"%s"}""".formatted(leader.character(), syncToken(other, id)),
                other.player().token()).assertProblem(403, "NOT_CHARACTER_OWNER");
        http.post(SIEGE + "/instances/" + id + "/join", """
                {"characterId":"%s","syncToken":"%s"}""".formatted(game.newCharacter(leader.player()),
                syncToken(leader, id)), leader.player().token()).assertProblem(422, "CHARACTER_MISMATCH");
        Player uncertified = game.newPlayer();
        http.post(SIEGE + "/instances", """
                {"difficulty":"NORMAL","characterId":"%s"}""".formatted(game.newCharacter(uncertified)),
                uncertified.token()).assertProblem(403, "CREDENTIAL_MISSING");
        http.post(SIEGE + "/instances", """
                {"difficulty":"NORMAL","characterId":"%s"}""".formatted(leader.character()),
                leader.player().token()).assertProblem(409, "ALREADY_IN_RAID");
        http.post(SIEGE + "/instances", """
                {"difficulty":"NORMAL","characterId":"%s","guildId":"%s"}""".formatted(other.character(),
                UUID.randomUUID()), other.player().token()).assertProblem(422, "NOT_GUILD_MEMBER");
        joinAll(id, party);
        JsonNode left = http.post(SIEGE + "/instances/" + id + "/leave", "", leader.player().token())
                .assertStatus(200).json();
        assertThat(left.get("leaderPlayerId").asText()).isEqualTo(other.player().accountId().toString());
        JsonNode closed = http.post(SIEGE + "/instances/" + id + "/leave", "", other.player().token())
                .assertStatus(200).json();
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        http.post(SIEGE + "/instances/" + id + "/leave", "", other.player().token()).assertProblem(409, "NOT_IN_RAID");
    }

    @Test
    void aWeakerRetakeKeepsTheHigherTier() {
        Player player = game.newPlayer();
        JsonNode strong = certify(player, 0.9, 95);
        assertThat(strong.get("tier").asText()).isEqualTo("T3");
        assertThat(strong.get("passed").asBoolean()).isTrue();
        game.relay();
        assertThat(http.get(SIEGE + "/certifications/" + strong.get("certificationId").asText(), player.token())
                .assertStatus(200).json().get("credentialSync").asText()).isEqualTo("DELIVERED");
        JsonNode weak = certify(player = game.login(player), 0.5, 40);
        // floor(60000 * 0.5 + 400 * 40) = 46000: completed, not passed, T1; the T3 credential stays.
        assertThat(weak.get("score").asInt()).isEqualTo(46000);
        assertThat(weak.get("passed").asBoolean()).isFalse();
        assertThat(weak.get("credentialSync").asText()).isEqualTo("NOT_REQUIRED");
        JsonNode credential = game.authHttp().get(AUTH + "/pilot-credential", game.login(player).token()).assertStatus(200).json();
        assertThat(credential.get("tier").asText()).isEqualTo("T3");
        http.get(SIEGE + "/certifications/" + weak.get("certificationId").asText(), game.newPlayer().token())
                .assertProblem(403, "NOT_YOUR_CERTIFICATION");
    }

    @Test
    void missionsGoInOrderWithinTwentyMinutes() {
        Player player = game.newPlayer();
        String id = http.post(SIEGE + "/certifications", "", player.token()).assertStatus(201).json()
                .get("certificationId").asText();
        http.post(SIEGE + "/certifications", "", player.token()).assertProblem(409, "CERTIFICATION_IN_PROGRESS");
        game.clock.advance(Duration.ofMinutes(5));
        mission(player, id, "SYNC_HARMONICS", 0.8, 80, 60).assertProblem(422, "MISSION_OUT_OF_ORDER");
        mission(player, id, "FLIGHT_CALIBRATION", 0.8, 80, 400).assertProblem(422, "IMPLAUSIBLE_RESULT");
        JsonNode one = mission(player, id, "FLIGHT_CALIBRATION", 0.29, 80, 290).assertStatus(200).json();
        // 0.29 is exactly 17400 in decimal (binary floating point would give 17399).
        assertThat(one.get("missions").get(0).get("score").asInt()).isEqualTo(17400 + 32000);
        mission(player, id, "FLIGHT_CALIBRATION", 0.8, 80, 10).assertProblem(409, "MISSION_ALREADY_SUBMITTED");
        game.clock.advance(Duration.ofMinutes(16));
        player = game.login(player);
        mission(player, id, "SYNC_HARMONICS", 0.8, 80, 60).assertProblem(422, "CERTIFICATION_EXPIRED");
        assertThat(http.get(SIEGE + "/certifications/" + id, player.token()).assertStatus(200).json()
                .get("status").asText()).isEqualTo("EXPIRED");
        http.post(SIEGE + "/certifications", "", player.token()).assertStatus(201);
    }

    // --- the party --------------------------------------------------------------------------------------------

    private List<Pilot> party(int size) {
        List<Pilot> party = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Player player = game.newPlayer();
            certify(player, 0.9, 95);
            party.add(new Pilot(player, game.newCharacter(player)));
        }
        game.relay();
        party.forEach(this::awaitCredentialAtAuth);
        return refreshed(party);
    }

    /**
     * Until auth holds the pilot's T3 credential: the push goes through the outbox, and a first attempt that fails
     * on a loaded machine is retried after a backoff, so an empty backlog alone does not say it arrived.
     */
    private void awaitCredentialAtAuth(Pilot pilot) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (game.authHttp().get(AUTH + "/pilot-credential", game.login(pilot.player()).token()).status() != 200) {
            assertThat(System.nanoTime()).as("the T3 credential reached auth within 30 s").isLessThan(deadline);
            game.relayAfterBackoff();
        }
    }

    /** The party with fresh access tokens (certifying moved the clock 12 minutes per pilot). */
    private List<Pilot> refreshed(List<Pilot> party) {
        return party.stream().map(p -> new Pilot(game.login(p.player()), p.character())).toList();
    }

    /** Three missions, four minutes apart; the tier reaches auth through the outbox. */
    private JsonNode certify(Player player, double accuracy, int hull) {
        String id = http.post(SIEGE + "/certifications", "", player.token()).assertStatus(201).json()
                .get("certificationId").asText();
        JsonNode last = null;
        for (String mission : List.of("FLIGHT_CALIBRATION", "SYNC_HARMONICS", "KRAKEN_SIMULATION")) {
            game.clock.advance(Duration.ofMinutes(4));
            last = mission(player, id, mission, accuracy, hull, 230).assertStatus(200).json();
        }
        return last;
    }

    private Http.Reply mission(Player player, String certification, String mission, double accuracy, int hull,
                               int seconds) {
        return http.post(SIEGE + "/certifications/" + certification + "/missions", """
                {"mission":"%s","accuracy":%s,"hullIntegrity":%d,"completionSeconds":%d}""".formatted(mission,
                accuracy, hull, seconds), player.token());
    }

    private String create(Pilot leader, String difficulty) {
        return http.post(SIEGE + "/instances", """
                {"difficulty":"%s","characterId":"%s"}""".formatted(difficulty, leader.character()),
                leader.player().token()).assertStatus(201).json().get("instanceId").asText();
    }

    private void joinAll(String instanceId, List<Pilot> pilots) {
        for (Pilot p : pilots) {
            http.post(SIEGE + "/instances/" + instanceId + "/join", """
                    {"characterId":"%s","syncToken":"%s"}""".formatted(p.character(), syncToken(p, instanceId)),
                    p.player().token()).assertStatus(200);
        }
    }

    private String syncBody(Pilot pilot, String instanceId) {
        return """
                {"syncToken":"%s"}""".formatted(syncToken(pilot, instanceId));
    }

    /** A quantum sync token from auth for this instance (what a client fetches before joining). */
    private String syncToken(Pilot pilot, String instanceId) {
        return syncToken(pilot.player(), instanceId);
    }

    private String syncToken(Player player, String instanceId) {
        JsonNode instance = http.get(SIEGE + "/instances/" + instanceId, player.token()).assertStatus(200).json();
        return game.authHttp().post(AUTH + "/sync-tokens", """
                {"instanceId":"%s","requiredTier":"%s","windowEndsAt":"%s"}""".formatted(instanceId,
                instance.get("requiredTier").asText(), instance.get("windowEndsAt").asText()), player.token())
                .assertStatus(201).json().get("token").asText();
    }

    private Http.Reply telemetry(Pilot pilot, String instanceId, int latency, double drift) {
        return http.post(SIEGE + "/instances/" + instanceId + "/telemetry", """
                {"latencyMs":%d,"drift":%s,"dps":18450.5,"shield":64,"sampledAt":"%s"}""".formatted(latency, drift,
                game.clock.instant()), pilot.player().token());
    }

    private Http.Reply roll(Pilot pilot, String instanceId, String lootId, String type, String key) {
        return http.send("POST", SIEGE + "/instances/" + instanceId + "/loot/" + lootId + "/rolls", """
                {"rollType":"%s"}""".formatted(type), pilot.player().token(), idempotencyKey(key));
    }

    /**
     * Every standing mech attacks the phase's opponent in turn until the phase's session ends; the clock moves
     * 300 ms a round (10 actions a second at most) and the pilots report telemetry so none drops.
     */
    private void clearPhase(List<Pilot> party, JsonNode instance) {
        String session = instance.get("phases").get(instance.get("phase").asText().equals("SKY_INSERTION") ? 0
                : instance.get("phase").asText().equals("REEF_BREACH") ? 1 : 2).get("combatSessionId").asText();
        for (int round = 0; round < 100; round++) {
            for (Pilot pilot : party) {
                JsonNode fight = http.get(BASE + "/combat/sessions/" + session, party.getFirst().player().token())
                        .assertStatus(200).json();
                if (!fight.get("status").asText().equals("ACTIVE")) {
                    assertThat(fight.get("winnerSide").asText()).isEqualTo("ALPHA");
                    return;
                }
                JsonNode mine = participantOf(fight, pilot);
                String npc = standingNpc(fight);
                if (mine != null && !mine.get("defeated").asBoolean()) {
                    http.post(BASE + "/combat/sessions/" + session + "/attack", """
                            {"actionId":"%s","targetParticipantId":"%s"}""".formatted(UUID.randomUUID(), npc),
                            pilot.player().token()).assertStatus(200);
                }
            }
            game.clock.advance(Duration.ofMillis(300));
            if (round % 5 == 4) {
                party.forEach(p -> telemetry(p, instance.get("instanceId").asText(), 40, 0.1));
            }
        }
        throw new AssertionError("the phase did not end in 100 rounds");
    }

    private static String standingNpc(JsonNode fight) {
        for (JsonNode p : fight.get("participants")) {
            if (p.get("kind").asText().equals("NPC") && !p.get("defeated").asBoolean()) {
                return p.get("participantId").asText();
            }
        }
        throw new AssertionError("no NPC standing in an ACTIVE session");
    }

    private static JsonNode participantOf(JsonNode fight, Pilot pilot) {
        for (JsonNode p : fight.get("participants")) {
            if (p.path("characterId").asText().equals(pilot.character().toString())) {
                return p;
            }
        }
        return null;
    }

    private static JsonNode pilotIn(JsonNode instance, Pilot pilot) {
        for (JsonNode p : instance.get("players")) {
            if (p.get("playerId").asText().equals(pilot.player().accountId().toString())) {
                return p;
            }
        }
        throw new AssertionError("pilot not on the roster");
    }
}
