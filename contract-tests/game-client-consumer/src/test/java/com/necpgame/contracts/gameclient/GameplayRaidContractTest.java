package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.gameplay.client.ApiException;
import com.necpgame.gameplay.client.api.RaidInstancesApi;
import com.necpgame.gameplay.client.api.RaidTelemetryApi;
import com.necpgame.gameplay.client.model.CreateRaidInstanceRequest;
import com.necpgame.gameplay.client.model.JoinRaidInstanceRequest;
import com.necpgame.gameplay.client.model.PilotTier;
import com.necpgame.gameplay.client.model.RaidDifficulty;
import com.necpgame.gameplay.client.model.RaidInstance;
import com.necpgame.gameplay.client.model.RaidInstancePage;
import com.necpgame.gameplay.client.model.RaidInstanceStatus;
import com.necpgame.gameplay.client.model.RaidLockout;
import com.necpgame.gameplay.client.model.RaidOverview;
import com.necpgame.gameplay.client.model.RaidPhase;
import com.necpgame.gameplay.client.model.RaidPhaseStatus;
import com.necpgame.gameplay.client.model.RaidPlayer;
import com.necpgame.gameplay.client.model.RaidPlayerStatus;
import com.necpgame.gameplay.client.model.RaidTelemetryPage;
import com.necpgame.gameplay.client.model.RaidTelemetryRecord;
import com.necpgame.gameplay.client.model.RaidTelemetrySample;
import com.necpgame.gameplay.client.model.RaidWipe;
import com.necpgame.gameplay.client.model.RaidWipePage;
import com.necpgame.gameplay.client.model.ReconnectRaidRequest;
import com.necpgame.gameplay.client.model.SyncAlertPage;
import com.necpgame.gameplay.client.model.SyncAlertReason;
import com.necpgame.gameplay.client.model.SyncAlertStatus;
import com.necpgame.gameplay.client.model.WipeCause;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a game client uses gameplay-service's Quantum Reef Siege instances and telemetry: it reads the raid's rules,
 * a certified pilot creates a NORMAL instance (and an uncertified one is refused), lists and opens instances, joins
 * with a quantum sync token from auth (a forged one is refused) and leaves, the leader starts an attempt with four
 * pilots (not with one) and calls a wipe (the wipes and the pilot's 12-hour lock read back), a dropped pilot
 * reconnects, and a pilot reports telemetry and reads the samples and sync alerts. Every call goes through the
 * generated gameplay client with the pilot's access token (the provider state's); instance ids, character ids, sync
 * tokens and the sample time are the provider state's. The raid's content and the rules' numbers are pinned by
 * value, ids and times by type.
 */
@PactConsumerTest
@PactTestFor(providerName = GameplayRaidContractTest.PROVIDER)
class GameplayRaidContractTest {

    static final String PROVIDER = "gameplay-service";

    static final String SIEGE = "/api/v1/gameplay/raids/quantum-reef-siege";
    static final String INSTANCES = SIEGE + "/instances";
    static final String INSTANCE_PATH = INSTANCES + "/${instanceId}";
    static final String INSTANCE_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    static final String ACCOUNT_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    static final String LEADER_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    static final String CHARACTER_ID = "5f1d7a2e-8c3b-4e9a-b6d4-2a7f9c0e1b35";
    static final String SESSION_ID = "6f708192-a3b4-45c6-87d8-e9f00a1b2c3d";
    static final String UUID_REGEX = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String SYNC_TOKEN = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImF1dGgtMjAyNi0xMSJ9"
            + ".eyJzdWIiOiI3YzllNjY3OS03NDI1LTQwZGUtOTQ0Yi1lMDdmYzFmOTBhZTciLCJzY29wZSI6InF1YW50dW0tc3luYyJ9"
            + ".c3luYy10b2tlbi1zaWduYXR1cmU";
    /** Shaped like a compact JWS, signed by no one. */
    private static final String FORGED_SYNC_TOKEN = "forged.sync-token.value-of-no-one";
    static final String SAMPLED_AT = "2026-11-27T12:30:00Z";

    static final String LOOKING = "a logged-in pilot looks at the Quantum Reef Siege";
    private static final String UNCERTIFIED = "a logged-in player with a character holds no pilot credential";
    private static final String CERTIFIED = "a pilot certified T3 at the Skyframe Academy has a character and no raid";
    private static final String LEADING =
            "a certified pilot leads a forming NORMAL Quantum Reef Siege instance and holds a sync token for it";
    private static final String ALONE =
            "a certified pilot is alone on the roster of a forming NORMAL Quantum Reef Siege instance";
    private static final String CONNECTED = "a pilot is CONNECTED on a forming Quantum Reef Siege instance";
    private static final String REPORTED =
            "a pilot on a forming Quantum Reef Siege instance reported a sample with 134 ms latency";
    private static final String FOUR =
            "four certified pilots are on the roster of a forming NORMAL Quantum Reef Siege instance";
    private static final String FIGHTING = "four pilots fight Sky Insertion of the Quantum Reef Siege";
    private static final String WIPED = "the leader of a Quantum Reef Siege attempt called a wipe";
    private static final String DROPPED =
            "a pilot dropped out of a running Quantum Reef Siege attempt and holds a fresh sync token";

    // --- the raid --------------------------------------------------------------------------------------------

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact getQuantumReefSiege(PactDslWithProvider builder) {
        PactDslJsonBody raid = new PactDslJsonBody()
                .stringValue("raidId", "quantum-reef-siege")
                .stringValue("name", "Quantum Reef Siege");
        raid.array("phases")
                .object()
                .stringValue("phase", "SKY_INSERTION").numberValue("order", 1).stringValue("name", "Sky Insertion")
                .stringValue("description", "Drop through the storm wall onto the reef.")
                .closeObject().asArray()
                .object()
                .stringValue("phase", "REEF_BREACH").numberValue("order", 2).stringValue("name", "Reef Breach")
                .stringValue("description", "Break the coral bastions around the core.")
                .closeObject().asArray()
                .object()
                .stringValue("phase", "TITAN_LOCK").numberValue("order", 3).stringValue("name", "Titan Lock")
                .stringValue("description", "Lock down and destroy the reef's guardian.")
                .stringValue("bossName", "Kraken Prime").stringValue("bossNpcId", "kraken-prime")
                .closeObject()
                .closeArray();
        raid.array("difficulties")
                .object().stringValue("difficulty", "NORMAL").stringValue("requiredTier", "T1")
                .numberValue("luminaShardsPerPhase", 20).closeObject().asArray()
                .object().stringValue("difficulty", "HARD").stringValue("requiredTier", "T2")
                .numberValue("luminaShardsPerPhase", 35).closeObject().asArray()
                .object().stringValue("difficulty", "MYTHIC").stringValue("requiredTier", "T3")
                .numberValue("luminaShardsPerPhase", 50).closeObject()
                .closeArray();
        raid.numberValue("minPlayers", 4)
                .numberValue("maxPlayers", 8)
                .numberValue("windowMinutes", 180)
                .numberValue("maxReconnects", 3)
                .numberValue("disconnectAfterSeconds", 15)
                .numberValue("wipeLockHours", 12)
                .numberValue("lootRollSeconds", 60)
                .numberValue("latencyAlertMs", 120)
                .decimalType("driftAlertThreshold", 0.35)
                .numberValue("certificationMissions", 3)
                .numberValue("certificationMinutes", 20);
        return builder
                .given(LOOKING)
                .uponReceiving("a game client reads the rules of the Quantum Reef Siege")
                .method("GET")
                .path(SIEGE)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(raid)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getQuantumReefSiege")
    void theSiegeHasThreePhasesEndingWithKrakenPrime(MockServer gameplay) throws ApiException {
        RaidOverview raid = raids(gameplay).getQuantumReefSiege();

        assertThat(raid.getPhases()).extracting(p -> p.getPhase())
                .containsExactly(RaidPhase.SKY_INSERTION, RaidPhase.REEF_BREACH, RaidPhase.TITAN_LOCK);
        assertThat(raid.getPhases().get(2).getBossName()).isEqualTo("Kraken Prime");
        assertThat(raid.getDifficulties()).extracting(d -> d.getRequiredTier())
                .containsExactly(PilotTier.T1, PilotTier.T2, PilotTier.T3);
        assertThat(raid.getDifficulties().get(1).getLuminaShardsPerPhase()).isEqualTo(35L);
        assertThat(raid.getMinPlayers()).isEqualTo(4);
        assertThat(raid.getMaxReconnects()).isEqualTo(3);
        assertThat(raid.getLatencyAlertMs()).isEqualTo(120);
        assertThat(raid.getDriftAlertThreshold()).isEqualTo(0.35);
    }

    // --- instances -------------------------------------------------------------------------------------------

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact createRaidInstance(PactDslWithProvider builder) {
        PactDslJsonBody instance = forming(new PactDslJsonBody().stringMatcher("instanceId", UUID_REGEX, INSTANCE_ID),
                "${accountId}");
        instance.array("players").closeArray();
        return builder
                .given(CERTIFIED)
                .uponReceiving("a game client creates a NORMAL Quantum Reef Siege instance led by its pilot")
                .method("POST")
                .path(INSTANCES)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("difficulty", "NORMAL")
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(instance)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "createRaidInstance")
    void aNewInstanceIsFormingWithAnEmptyRosterForThreeHours(MockServer gameplay) throws ApiException {
        RaidInstance instance = raids(gameplay).createRaidInstance(new CreateRaidInstanceRequest()
                .difficulty(RaidDifficulty.NORMAL).characterId(UUID.fromString(CHARACTER_ID)));

        assertThat(instance.getInstanceId()).isNotNull();
        assertThat(instance.getStatus()).isEqualTo(RaidInstanceStatus.FORMING);
        assertThat(instance.getRequiredTier()).isEqualTo(PilotTier.T1);
        assertThat(instance.getLeaderPlayerId()).isEqualTo(UUID.fromString(ACCOUNT_ID));
        assertThat(instance.getPlayers()).isEmpty();
        assertThat(instance.getPhases()).extracting(p -> p.getStatus()).containsOnly(RaidPhaseStatus.PENDING);
        assertThat(Duration.between(instance.getCreatedAt(), instance.getWindowEndsAt()))
                .isEqualTo(Duration.ofHours(3));
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact createRaidInstanceUncertified(PactDslWithProvider builder) {
        return builder
                .given(UNCERTIFIED)
                .uponReceiving("a game client creates a Quantum Reef Siege instance for a pilot with no credential")
                .method("POST")
                .path(INSTANCES)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("difficulty", "NORMAL")
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID))
                .willRespondWith()
                .status(403)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(403, "CREDENTIAL_MISSING"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "createRaidInstanceUncertified")
    void anUncertifiedPilotMustCertifyFirst(MockServer gameplay) {
        RaidInstancesApi api = raids(gameplay);

        assertThatThrownBy(() -> api.createRaidInstance(new CreateRaidInstanceRequest()
                .difficulty(RaidDifficulty.NORMAL).characterId(UUID.fromString(CHARACTER_ID))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    assertThat(e.getResponseBody()).contains("CREDENTIAL_MISSING");
                });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact listRaidInstances(PactDslWithProvider builder) {
        // Every forming NORMAL instance of the run is listed, whatever its roster: the pilots by type.
        PactDslJsonBody instance = forming(new PactDslJsonBody().stringMatcher("instanceId", UUID_REGEX, INSTANCE_ID),
                null);
        instance.minArrayLike("players", 0, pilot(new PactDslJsonBody()
                .stringMatcher("playerId", UUID_REGEX, ACCOUNT_ID)
                .stringMatcher("characterId", UUID_REGEX, CHARACTER_ID)
                .stringMatcher("tier", "T1|T2|T3", "T3")
                .stringMatcher("status", "CONNECTED|DISCONNECTED", "CONNECTED")
                .booleanType("leader", true)
                .integerType("reconnectsUsed", 0), false), 1);
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 1);
        page.minArrayLike("items", 1, instance, 1);
        return builder
                .given(LEADING)
                .uponReceiving("a game client lists the forming NORMAL Quantum Reef Siege instances")
                .method("GET")
                .path(INSTANCES)
                .query("status=FORMING&difficulty=NORMAL")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listRaidInstances")
    void theFormingInstancesAreOpenToJoin(MockServer gameplay) throws ApiException {
        RaidInstancePage page = raids(gameplay).listRaidInstances(RaidInstanceStatus.FORMING, RaidDifficulty.NORMAL,
                null, null);

        assertThat(page.getTotal()).isPositive();
        assertThat(page.getItems()).isNotEmpty().allSatisfy(instance -> {
            assertThat(instance.getStatus()).isEqualTo(RaidInstanceStatus.FORMING);
            assertThat(instance.getDifficulty()).isEqualTo(RaidDifficulty.NORMAL);
            assertThat(instance.getPlayers().size()).isLessThanOrEqualTo(instance.getMaxPlayers());
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact getRaidInstance(PactDslWithProvider builder) {
        return builder
                .given(ALONE)
                .uponReceiving("a game client opens a forming Quantum Reef Siege instance with its pilot on the roster")
                .method("GET")
                .pathFromProviderState(INSTANCE_PATH, instancePath(""))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(withTheLeaderAlone(forming(instanceFromState(), "${accountId}")))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getRaidInstance")
    void theRosterShowsThePilotWithAFreshMech(MockServer gameplay) throws ApiException {
        RaidInstance instance = raids(gameplay).getRaidInstance(UUID.fromString(INSTANCE_ID));

        assertThat(instance.getInstanceId()).isEqualTo(UUID.fromString(INSTANCE_ID));
        assertThat(instance.getPlayers()).singleElement().satisfies(this::aFreshLeader);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact joinRaidInstance(PactDslWithProvider builder) {
        return builder
                .given(LEADING)
                .uponReceiving("a game client joins the Quantum Reef Siege instance its pilot leads with a sync token")
                .method("POST")
                .pathFromProviderState(INSTANCE_PATH + "/join", instancePath("/join"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                        .valueFromProviderState("syncToken", "${syncToken}", SYNC_TOKEN))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(withTheLeaderAlone(forming(instanceFromState(), "${accountId}")))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "joinRaidInstance")
    void aJoinedPilotIsConnectedWithItsCredentialsTier(MockServer gameplay) throws ApiException {
        RaidInstance instance = raids(gameplay).joinRaidInstance(UUID.fromString(INSTANCE_ID),
                new JoinRaidInstanceRequest().characterId(UUID.fromString(CHARACTER_ID)).syncToken(SYNC_TOKEN));

        assertThat(instance.getStatus()).isEqualTo(RaidInstanceStatus.FORMING);
        assertThat(instance.getPlayers()).singleElement().satisfies(this::aFreshLeader);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact joinRaidInstanceWithAForgedSyncToken(PactDslWithProvider builder) {
        return builder
                .given(LEADING)
                .uponReceiving("a game client joins a Quantum Reef Siege instance with a sync token auth never issued")
                .method("POST")
                .pathFromProviderState(INSTANCE_PATH + "/join", instancePath("/join"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                        .stringValue("syncToken", FORGED_SYNC_TOKEN))
                .willRespondWith()
                .status(403)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(403, "SYNC_TOKEN_INVALID"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "joinRaidInstanceWithAForgedSyncToken")
    void aForgedSyncTokenKeepsThePilotOffTheRoster(MockServer gameplay) {
        RaidInstancesApi api = raids(gameplay);

        assertThatThrownBy(() -> api.joinRaidInstance(UUID.fromString(INSTANCE_ID), new JoinRaidInstanceRequest()
                .characterId(UUID.fromString(CHARACTER_ID)).syncToken(FORGED_SYNC_TOKEN)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    assertThat(e.getResponseBody()).contains("SYNC_TOKEN_INVALID");
                });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact leaveRaidInstance(PactDslWithProvider builder) {
        PactDslJsonBody closed = beforeAttempt(instanceFromState(), "CLOSED", "${accountId}");
        closed.array("players").closeArray();
        return builder
                .given(ALONE)
                .uponReceiving("a game client leaves the forming Quantum Reef Siege instance its pilot is alone in")
                .method("POST")
                .pathFromProviderState(INSTANCE_PATH + "/leave", instancePath("/leave"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(closed)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "leaveRaidInstance")
    void theLastPilotLeavingClosesAFormingInstance(MockServer gameplay) throws ApiException {
        RaidInstance instance = raids(gameplay).leaveRaidInstance(UUID.fromString(INSTANCE_ID));

        assertThat(instance.getStatus()).isEqualTo(RaidInstanceStatus.CLOSED);
        assertThat(instance.getPlayers()).isEmpty();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact startRaidAttempt(PactDslWithProvider builder) {
        PactDslJsonBody started = new PactDslJsonBody()
                .valueFromProviderState("instanceId", "${instanceId}", INSTANCE_ID)
                .stringValue("difficulty", "NORMAL")
                .stringValue("requiredTier", "T1")
                .stringValue("status", "IN_PROGRESS")
                .stringValue("phase", "SKY_INSERTION")
                .valueFromProviderState("leaderPlayerId", "${accountId}", ACCOUNT_ID)
                .numberValue("maxPlayers", 8)
                .numberValue("wipes", 0)
                .numberValue("attempt", 1)
                .stringMatcher("attemptStartedAt", GameClients.RFC3339, "2026-11-27T12:10:00Z")
                .stringMatcher("windowEndsAt", GameClients.RFC3339, "2026-11-27T15:00:00Z")
                .stringMatcher("createdAt", GameClients.RFC3339, "2026-11-27T12:00:00Z");
        started.array("phases")
                .object()
                .stringValue("phase", "SKY_INSERTION").numberValue("order", 1).stringValue("status", "ACTIVE")
                .stringMatcher("combatSessionId", UUID_REGEX, SESSION_ID)
                .stringMatcher("startedAt", GameClients.RFC3339, "2026-11-27T12:10:00Z")
                .closeObject().asArray()
                .object()
                .stringValue("phase", "REEF_BREACH").numberValue("order", 2).stringValue("status", "PENDING")
                .closeObject().asArray()
                .object()
                .stringValue("phase", "TITAN_LOCK").numberValue("order", 3).stringValue("status", "PENDING")
                .closeObject()
                .closeArray();
        started.minArrayLike("players", 4, pilot(new PactDslJsonBody()
                .stringMatcher("playerId", UUID_REGEX, ACCOUNT_ID)
                .stringMatcher("characterId", UUID_REGEX, CHARACTER_ID)
                .stringValue("tier", "T3")
                .stringValue("status", "CONNECTED")
                .booleanType("leader", true)
                .numberValue("reconnectsUsed", 0), false), 4);
        return builder
                .given(FOUR)
                .uponReceiving("a game client of the leader starts a Quantum Reef Siege attempt with four pilots")
                .method("POST")
                .pathFromProviderState(INSTANCE_PATH + "/start", instancePath("/start"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(started)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "startRaidAttempt")
    void anAttemptOpensSkyInsertionWithItsCombatSession(MockServer gameplay) throws ApiException {
        RaidInstance instance = raids(gameplay).startRaidAttempt(UUID.fromString(INSTANCE_ID));

        assertThat(instance.getStatus()).isEqualTo(RaidInstanceStatus.IN_PROGRESS);
        assertThat(instance.getAttemptStartedAt()).isNotNull();
        assertThat(instance.getPhases()).extracting(p -> p.getStatus())
                .containsExactly(RaidPhaseStatus.ACTIVE, RaidPhaseStatus.PENDING, RaidPhaseStatus.PENDING);
        assertThat(instance.getPhases().get(0).getCombatSessionId()).isNotNull();
        assertThat(instance.getPlayers()).hasSize(4)
                .allSatisfy(p -> assertThat(p.getStatus()).isEqualTo(RaidPlayerStatus.CONNECTED));
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact startRaidAttemptAlone(PactDslWithProvider builder) {
        return builder
                .given(ALONE)
                .uponReceiving("a game client of the leader starts a Quantum Reef Siege attempt with one pilot")
                .method("POST")
                .pathFromProviderState(INSTANCE_PATH + "/start", instancePath("/start"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(422)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(422, "NOT_ENOUGH_PILOTS"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "startRaidAttemptAlone")
    void anAttemptNeedsFourConnectedPilots(MockServer gameplay) {
        RaidInstancesApi api = raids(gameplay);

        assertThatThrownBy(() -> api.startRaidAttempt(UUID.fromString(INSTANCE_ID)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("NOT_ENOUGH_PILOTS");
                });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact reconnectToRaidInstance(PactDslWithProvider builder) {
        // The mech is as it dropped; nobody fought before, so it is whole, but the client only knows it by type.
        PactDslJsonBody player = new PactDslJsonBody()
                .valueFromProviderState("playerId", "${accountId}", ACCOUNT_ID)
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .stringValue("tier", "T3")
                .stringValue("status", "CONNECTED")
                .booleanValue("leader", false)
                .numberValue("reconnectsUsed", 1);
        return builder
                .given(DROPPED)
                .uponReceiving("a game client reconnects its dropped pilot to the Quantum Reef Siege attempt")
                .method("POST")
                .pathFromProviderState(INSTANCE_PATH + "/reconnect", instancePath("/reconnect"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().valueFromProviderState("syncToken", "${syncToken}", SYNC_TOKEN))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(pilot(player, false))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "reconnectToRaidInstance")
    void aReconnectUsesOneOfThreeAndKeepsTheMech(MockServer gameplay) throws ApiException {
        RaidPlayer me = raids(gameplay).reconnectToRaidInstance(UUID.fromString(INSTANCE_ID),
                new ReconnectRaidRequest().syncToken(SYNC_TOKEN));

        assertThat(me.getPlayerId()).isEqualTo(UUID.fromString(ACCOUNT_ID));
        assertThat(me.getStatus()).isEqualTo(RaidPlayerStatus.CONNECTED);
        assertThat(me.getReconnectsUsed()).isEqualTo(1);
        assertThat(me.getMech().getHull()).isPositive().isLessThanOrEqualTo(me.getMech().getHullMax());
    }

    // --- wipes and locks -------------------------------------------------------------------------------------

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact callRaidWipe(PactDslWithProvider builder) {
        return builder
                .given(FIGHTING)
                .uponReceiving("a game client of the leader calls a wipe of the Quantum Reef Siege attempt")
                .method("POST")
                .pathFromProviderState(INSTANCE_PATH + "/wipe", instancePath("/wipe"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(calledWipe())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "callRaidWipe")
    void aCalledWipeLocksForTwelveHours(MockServer gameplay) throws ApiException {
        RaidWipe wipe = raids(gameplay).callRaidWipe(UUID.fromString(INSTANCE_ID));

        assertThat(wipe.getCause()).isEqualTo(WipeCause.CALLED_BY_LEADER);
        assertThat(wipe.getPhase()).isEqualTo(RaidPhase.SKY_INSERTION);
        assertThat(Duration.between(wipe.getOccurredAt(), wipe.getLockedUntil())).isEqualTo(Duration.ofHours(12));
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact listRaidWipes(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 1);
        page.minMaxArrayLike("items", 1, 1, calledWipe(), 1);
        return builder
                .given(WIPED)
                .uponReceiving("a game client lists the wipes of the Quantum Reef Siege instance")
                .method("GET")
                .pathFromProviderState(INSTANCE_PATH + "/wipes", instancePath("/wipes"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listRaidWipes")
    void theInstanceWipedOnceByTheLeadersCall(MockServer gameplay) throws ApiException {
        RaidWipePage page = raids(gameplay).listRaidWipes(UUID.fromString(INSTANCE_ID), null, null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(wipe -> {
            assertThat(wipe.getInstanceId()).isEqualTo(UUID.fromString(INSTANCE_ID));
            assertThat(wipe.getCause()).isEqualTo(WipeCause.CALLED_BY_LEADER);
            assertThat(wipe.getAttempt()).isEqualTo(1);
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact getMyRaidLockout(PactDslWithProvider builder) {
        PactDslJsonBody lockout = new PactDslJsonBody()
                .valueFromProviderState("playerId", "${accountId}", ACCOUNT_ID);
        lockout.array("locks")
                .object()
                .stringValue("difficulty", "NORMAL")
                .valueFromProviderState("instanceId", "${instanceId}", INSTANCE_ID)
                .stringMatcher("lockedUntil", GameClients.RFC3339, "2026-11-28T01:05:00Z")
                .closeObject()
                .closeArray();
        return builder
                .given(WIPED)
                .uponReceiving("a game client reads its pilot's raid lockout after a wipe")
                .method("GET")
                .path(SIEGE + "/lockout")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(lockout)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getMyRaidLockout")
    void aWipedPilotIsLockedOutOfNormal(MockServer gameplay) throws ApiException {
        RaidLockout lockout = raids(gameplay).getMyRaidLockout();

        assertThat(lockout.getPlayerId()).isEqualTo(UUID.fromString(ACCOUNT_ID));
        assertThat(lockout.getLocks()).singleElement().satisfies(lock -> {
            assertThat(lock.getDifficulty()).isEqualTo(RaidDifficulty.NORMAL);
            assertThat(lock.getInstanceId()).isEqualTo(UUID.fromString(INSTANCE_ID));
        });
    }

    // --- telemetry -------------------------------------------------------------------------------------------

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact reportRaidTelemetry(PactDslWithProvider builder) {
        return builder
                .given(CONNECTED)
                .uponReceiving("a game client reports a telemetry sample with 134 ms latency")
                .method("POST")
                .pathFromProviderState(INSTANCE_PATH + "/telemetry", instancePath("/telemetry"))
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .numberValue("latencyMs", 134)
                        .decimalType("drift", 0.21)
                        .decimalType("dps", 18450.5)
                        .numberValue("shield", 64)
                        .valueFromProviderState("sampledAt", "${sampledAt}", SAMPLED_AT))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(highLatencySample(new PactDslJsonBody().stringMatcher("sampleId", UUID_REGEX,
                        "5e6f7081-92a3-4b4c-9d5e-6f7a8b9c0d1e")))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "reportRaidTelemetry")
    void latencyAbove120MsOpensASyncAlert(MockServer gameplay) throws ApiException {
        RaidTelemetryRecord record = telemetry(gameplay).reportRaidTelemetry(UUID.fromString(INSTANCE_ID),
                new RaidTelemetrySample().latencyMs(134).drift(0.21).dps(18450.5).shield(64)
                        .sampledAt(OffsetDateTime.parse(SAMPLED_AT)));

        assertThat(record.getPlayerId()).isEqualTo(UUID.fromString(ACCOUNT_ID));
        assertThat(record.getLatencyMs()).isEqualTo(134);
        assertThat(record.getSyncAlert()).isTrue();
        assertThat(record.getAlertId()).isNotNull();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact listRaidTelemetry(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 1);
        page.minMaxArrayLike("items", 1, 1, highLatencySample(new PactDslJsonBody().stringMatcher("sampleId",
                UUID_REGEX, "5e6f7081-92a3-4b4c-9d5e-6f7a8b9c0d1e")), 1);
        return builder
                .given(REPORTED)
                .uponReceiving("a game client lists its pilot's telemetry samples of the Quantum Reef Siege instance")
                .method("GET")
                .pathFromProviderState(INSTANCE_PATH + "/telemetry", instancePath("/telemetry"))
                .queryParameterFromProviderState("playerId", "${accountId}", ACCOUNT_ID)
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listRaidTelemetry")
    void thePilotsSampleIsListed(MockServer gameplay) throws ApiException {
        RaidTelemetryPage page = telemetry(gameplay).listRaidTelemetry(UUID.fromString(INSTANCE_ID),
                UUID.fromString(ACCOUNT_ID), null, null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(sample -> {
            assertThat(sample.getPlayerId()).isEqualTo(UUID.fromString(ACCOUNT_ID));
            assertThat(sample.getLatencyMs()).isEqualTo(134);
            assertThat(sample.getSyncAlert()).isTrue();
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact listRaidSyncAlerts(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 1);
        PactDslJsonBody alert = new PactDslJsonBody()
                .stringMatcher("alertId", UUID_REGEX, "8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968")
                .valueFromProviderState("instanceId", "${instanceId}", INSTANCE_ID)
                .valueFromProviderState("playerId", "${accountId}", ACCOUNT_ID)
                .stringValue("status", "OPEN")
                .numberValue("latencyMs", 134)
                .decimalType("drift", 0.21)
                .stringMatcher("raisedAt", GameClients.RFC3339, SAMPLED_AT);
        alert.array("reasons").stringValue("LATENCY").closeArray();
        page.minMaxArrayLike("items", 1, 1, alert, 1);
        return builder
                .given(REPORTED)
                .uponReceiving("a game client lists the open sync alerts of the Quantum Reef Siege instance")
                .method("GET")
                .pathFromProviderState(INSTANCE_PATH + "/sync-alerts", instancePath("/sync-alerts"))
                .query("status=OPEN")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listRaidSyncAlerts")
    void theLatencyAlertIsOpen(MockServer gameplay) throws ApiException {
        SyncAlertPage page = telemetry(gameplay).listRaidSyncAlerts(UUID.fromString(INSTANCE_ID),
                SyncAlertStatus.OPEN, null, null);

        assertThat(page.getItems()).singleElement().satisfies(alert -> {
            assertThat(alert.getStatus()).isEqualTo(SyncAlertStatus.OPEN);
            assertThat(alert.getReasons()).containsExactly(SyncAlertReason.LATENCY);
            assertThat(alert.getResolvedAt()).isNull();
        });
    }

    // --- bodies ----------------------------------------------------------------------------------------------

    private void aFreshLeader(RaidPlayer pilot) {
        assertThat(pilot.getPlayerId()).isEqualTo(UUID.fromString(ACCOUNT_ID));
        assertThat(pilot.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(pilot.getTier()).isEqualTo(PilotTier.T3);
        assertThat(pilot.getStatus()).isEqualTo(RaidPlayerStatus.CONNECTED);
        assertThat(pilot.getLeader()).isTrue();
        assertThat(pilot.getReconnectsUsed()).isZero();
        assertThat(pilot.getMech().getHull()).isEqualTo(4000);
        assertThat(pilot.getMech().getOperational()).isTrue();
    }

    private static RaidInstancesApi raids(MockServer gameplay) {
        return new RaidInstancesApi(GameClients.gameplay(gameplay));
    }

    private static RaidTelemetryApi telemetry(MockServer gameplay) {
        return new RaidTelemetryApi(GameClients.gameplay(gameplay));
    }

    static PactDslJsonBody instanceFromState() {
        return new PactDslJsonBody().valueFromProviderState("instanceId", "${instanceId}", INSTANCE_ID);
    }

    /**
     * A FORMING NORMAL instance before its first attempt: the three phases PENDING, no guild; the leader is the
     * provider state's pilot when {@code leader} names its expression, any pilot otherwise. The roster is left to
     * the caller.
     */
    private static PactDslJsonBody forming(PactDslJsonBody instance, String leader) {
        return beforeAttempt(instance, "FORMING", leader);
    }

    /** A NORMAL instance of {@code status} whose first attempt never started (see {@link #forming}). */
    private static PactDslJsonBody beforeAttempt(PactDslJsonBody instance, String status, String leader) {
        instance.stringValue("difficulty", "NORMAL")
                .stringValue("requiredTier", "T1")
                .stringValue("status", status)
                .stringValue("phase", "SKY_INSERTION")
                .numberValue("maxPlayers", 8)
                .numberValue("wipes", 0)
                .numberValue("attempt", 1)
                .stringMatcher("windowEndsAt", GameClients.RFC3339, "2026-11-27T15:00:00Z")
                .stringMatcher("createdAt", GameClients.RFC3339, "2026-11-27T12:00:00Z");
        if (leader != null) {
            instance.valueFromProviderState("leaderPlayerId", leader, ACCOUNT_ID);
        } else {
            instance.stringMatcher("leaderPlayerId", UUID_REGEX, ACCOUNT_ID);
        }
        PactDslJsonArray phases = instance.array("phases");
        int order = 1;
        for (String phase : new String[] {"SKY_INSERTION", "REEF_BREACH", "TITAN_LOCK"}) {
            phases.object().stringValue("phase", phase).numberValue("order", order++).stringValue("status", "PENDING")
                    .closeObject();
        }
        phases.closeArray();
        return instance;
    }

    /** The provider state's pilot, alone on the roster and leading, just joined with a fresh mech. */
    private static PactDslJsonBody withTheLeaderAlone(PactDslJsonBody instance) {
        return instance.minMaxArrayLike("players", 1, 1, pilot(new PactDslJsonBody()
                .valueFromProviderState("playerId", "${accountId}", ACCOUNT_ID)
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .stringValue("tier", "T3")
                .stringValue("status", "CONNECTED")
                .booleanValue("leader", true)
                .numberValue("reconnectsUsed", 0), true), 1);
    }

    /**
     * A roster entry's mech and join time: a fresh mech (hull 4000 of 4000, shield and energy 100) by value when
     * {@code fresh}, by type otherwise.
     */
    private static PactDslJsonBody pilot(PactDslJsonBody pilot, boolean fresh) {
        PactDslJsonBody mech = new PactDslJsonBody().stringValue("frame", "skyframe-valkyrie");
        if (fresh) {
            mech.numberValue("hull", 4000).numberValue("hullMax", 4000).numberValue("shield", 100)
                    .numberValue("energy", 100).booleanValue("operational", true);
        } else {
            mech.integerType("hull", 4000).integerType("hullMax", 4000).integerType("shield", 100)
                    .integerType("energy", 100).booleanType("operational", true);
        }
        return pilot.object("mech", mech)
                .stringMatcher("joinedAt", GameClients.RFC3339, "2026-11-27T12:02:00Z");
    }

    /** The wipe the leader called in Sky Insertion of the first attempt, 12 hours of lock. */
    private static PactDslJsonBody calledWipe() {
        return new PactDslJsonBody()
                .stringMatcher("wipeId", UUID_REGEX, "4d5e6f70-8192-4a3b-8c4d-5e6f7a8b9c0d")
                .valueFromProviderState("instanceId", "${instanceId}", INSTANCE_ID)
                .numberValue("attempt", 1)
                .stringValue("phase", "SKY_INSERTION")
                .stringValue("cause", "CALLED_BY_LEADER")
                .stringMatcher("occurredAt", GameClients.RFC3339, "2026-11-27T13:05:00Z")
                .stringMatcher("lockedUntil", GameClients.RFC3339, "2026-11-28T01:05:00Z");
    }

    /** The 134 ms sample of the provider state's pilot, which opened a sync alert. */
    private static PactDslJsonBody highLatencySample(PactDslJsonBody sample) {
        return sample
                .valueFromProviderState("instanceId", "${instanceId}", INSTANCE_ID)
                .valueFromProviderState("playerId", "${accountId}", ACCOUNT_ID)
                .numberValue("latencyMs", 134)
                .decimalType("drift", 0.21)
                .decimalType("dps", 18450.5)
                .numberValue("shield", 64)
                .stringMatcher("sampledAt", GameClients.RFC3339, SAMPLED_AT)
                .stringMatcher("receivedAt", GameClients.RFC3339, SAMPLED_AT)
                .booleanValue("syncAlert", true)
                .stringMatcher("alertId", UUID_REGEX, "8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968");
    }

    private static String instancePath(String suffix) {
        return INSTANCES + "/" + INSTANCE_ID + suffix;
    }
}
