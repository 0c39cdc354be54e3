package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.world.client.ApiException;
import com.necpgame.world.client.api.ThroneOfSandApi;
import com.necpgame.world.client.model.ActivateClimateProtocolRequest;
import com.necpgame.world.client.model.CampaignStatus;
import com.necpgame.world.client.model.ClimateProtocolActivation;
import com.necpgame.world.client.model.ClimateProtocolPage;
import com.necpgame.world.client.model.ClimateProtocolStatus;
import com.necpgame.world.client.model.ResetThroneOfSandCampaignRequest;
import com.necpgame.world.client.model.StartThroneOfSandCampaignRequest;
import com.necpgame.world.client.model.ThroneOfSandAuditAction;
import com.necpgame.world.client.model.ThroneOfSandBranch;
import com.necpgame.world.client.model.ThroneOfSandCampaign;
import com.necpgame.world.client.model.ThroneOfSandCampaignPage;
import com.necpgame.world.client.model.ThroneOfSandDecision;
import com.necpgame.world.client.model.ThroneOfSandDecisionPage;
import com.necpgame.world.client.model.ThroneOfSandDecisionRequest;
import com.necpgame.world.client.model.ThroneOfSandDecisionType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.necpgame.contracts.gameclient.WorldPacts.NIGHT_CITY;
import static com.necpgame.contracts.gameclient.WorldPacts.SLUG;
import static com.necpgame.contracts.gameclient.WorldPacts.asOperator;
import static com.necpgame.contracts.gameclient.WorldPacts.asPlayer;
import static com.necpgame.contracts.gameclient.WorldPacts.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the game client follows the world event Throne of Sand (the campaigns, one campaign, its audit log, its
 * climate protocols) and how the operators' console runs it: starts it on a server, chooses a branch, activates a
 * climate protocol (one cooling down: 429 CLIMATE_PROTOCOL_COOLDOWN with Retry-After) and resets it. The provider
 * state's campaign of night-city-eu-1 is at its start: chapter 1 of Act I, no branch, every protocol ready.
 */
@PactConsumerTest
@PactTestFor(providerName = WorldPacts.PROVIDER)
class WorldThroneOfSandContractTest {

    private static final String AT_ITS_START = "the Throne of Sand campaign of night-city-eu-1 is at its start";
    private static final String BADLANDS = "badlands-eu-1";
    private static final String CAMPAIGNS = "/api/v1/world/events/throne-of-sand/campaigns";
    private static final String CAMPAIGN = CAMPAIGNS + "/" + NIGHT_CITY;
    private static final String ACTIONS = "START_CAMPAIGN|CHOOSE_BRANCH|ADVANCE_PROGRESS|ADVANCE_CHAPTER"
            + "|ACTIVATE_CLIMATE_PROTOCOL|RESET_CAMPAIGN";

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact list(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 1);
        page.minArrayLike("items", 1, atItsStart(NIGHT_CITY, 12L), 1);
        return asPlayer(builder
                .given(AT_ITS_START)
                .uponReceiving("a game client lists the Throne of Sand campaigns")
                .method("GET")
                .path(CAMPAIGNS))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "list")
    void theCampaignsAreListed(MockServer world) throws ApiException {
        ThroneOfSandCampaignPage page = api(world).listThroneOfSandCampaigns(null, null);

        assertThat(page.getItems()).isNotEmpty();
        assertThat(page.getItems().get(0).getServerId()).isEqualTo(NIGHT_CITY);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact get(PactDslWithProvider builder) {
        return asPlayer(builder
                .given(AT_ITS_START)
                .uponReceiving("a game client reads the Throne of Sand campaign of a server")
                .method("GET")
                .path(CAMPAIGN))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(atItsStart(NIGHT_CITY, 12L))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "get")
    void theCampaignIsAtChapterOne(MockServer world) throws ApiException {
        ThroneOfSandCampaign campaign = api(world).getThroneOfSandCampaign(NIGHT_CITY);

        assertStart(campaign);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact auditLog(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 1);
        PactDslJsonBody entry = new PactDslJsonBody()
                .uuid("decisionId", UUID.fromString("6d7e8f9a-0b1c-4d2e-9f3a-4b5c6d7e8f9a"))
                .stringValue("serverId", NIGHT_CITY)
                .stringMatcher("action", ACTIONS, "START_CAMPAIGN")
                .stringType("reason", "Season launch of the Throne of Sand event.")
                .stringValue("actor", GameClients.OPS_CONSOLE)
                .object("after", snapshot(1L))
                .stringMatcher("decidedAt", GameClients.RFC3339, "2026-11-20T18:00:00Z");
        entry.minArrayLike("worldStateChanges", 1, keyVersion("throne-of-sand.campaign", 1L), 1);
        page.minArrayLike("items", 1, entry, 1);
        return asPlayer(builder
                .given(AT_ITS_START)
                .uponReceiving("a game client reads the audit log of a Throne of Sand campaign")
                .method("GET")
                .path(CAMPAIGN + "/decisions"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "auditLog")
    void theAuditLogHoldsTheStart(MockServer world) throws ApiException {
        ThroneOfSandDecisionPage page = api(world).listThroneOfSandDecisions(NIGHT_CITY, null, null, null);

        assertThat(page.getItems()).first().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo(ThroneOfSandAuditAction.START_CAMPAIGN);
            assertThat(entry.getActor()).isEqualTo(GameClients.OPS_CONSOLE);
            assertThat(entry.getAfter().getChapter()).isEqualTo(1);
            assertThat(entry.getWorldStateChanges()).isNotEmpty();
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact protocols(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 3);
        page.minArrayLike("items", 1, new PactDslJsonBody()
                .stringMatcher("protocolId", SLUG, "aquifer-release")
                .stringType("name", "Aquifer Release")
                .stringType("description", "Opens the deep aquifers; water is cheap and plentiful for the duration.")
                .integerType("effectDurationSeconds", 3600)
                .integerType("cooldownSeconds", 43200)
                .stringValue("status", "READY"), 1);
        return asPlayer(builder
                .given(AT_ITS_START)
                .uponReceiving("a game client lists the climate protocols of a Throne of Sand campaign")
                .method("GET")
                .path(CAMPAIGN + "/climate-protocols"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "protocols")
    void everyProtocolIsReady(MockServer world) throws ApiException {
        ClimateProtocolPage page = api(world).listClimateProtocols(NIGHT_CITY, null, null);

        assertThat(page.getItems()).isNotEmpty().allSatisfy(protocol -> {
            assertThat(protocol.getStatus()).isEqualTo(ClimateProtocolStatus.READY);
            assertThat(protocol.getCooldownSeconds()).isGreaterThanOrEqualTo(protocol.getEffectDurationSeconds());
        });
    }

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact start(PactDslWithProvider builder) {
        return json(asOperator(builder
                .given("badlands-eu-1 has no Throne of Sand campaign")
                .uponReceiving("the operators' console starts the Throne of Sand campaign on a server")
                .method("POST")
                .path(CAMPAIGNS)))
                .body(new PactDslJsonBody()
                        .stringValue("serverId", BADLANDS)
                        .stringValue("reason", "Season launch of the Throne of Sand event."))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(atItsStart(BADLANDS, 1L))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "start")
    void aStartedCampaignIsAtChapterOne(MockServer world) throws ApiException {
        ThroneOfSandCampaign campaign = api(world).startThroneOfSandCampaign(new StartThroneOfSandCampaignRequest()
                .serverId(BADLANDS).reason("Season launch of the Throne of Sand event."));

        assertThat(campaign.getServerId()).isEqualTo(BADLANDS);
        assertThat(campaign.getVersion()).isEqualTo(1L);
        assertStart(campaign);
    }

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact chooseBranch(PactDslWithProvider builder) {
        PactDslJsonBody decision = new PactDslJsonBody()
                .uuid("decisionId", UUID.fromString("6d7e8f9a-0b1c-4d2e-9f3a-4b5c6d7e8f9a"))
                .stringValue("serverId", NIGHT_CITY)
                .stringValue("action", "CHOOSE_BRANCH")
                .stringValue("branch", "FREE_PEOPLES")
                .stringValue("reason", "Community vote of 2026-11-24 favoured the Free Peoples.")
                .stringValue("actor", GameClients.OPS_CONSOLE)
                .object("before", snapshot(12L))
                .object("after", snapshot(13L).stringValue("branch", "FREE_PEOPLES"))
                .stringMatcher("decidedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z");
        decision.minArrayLike("worldStateChanges", 1, keyVersion("throne-of-sand.campaign", 13L), 1);
        return json(asOperator(builder
                .given(AT_ITS_START)
                .uponReceiving("the operators' console chooses the Free Peoples at the version it read")
                .method("POST")
                .path(CAMPAIGN + "/decisions")))
                .body(new PactDslJsonBody()
                        .stringValue("decisionType", "CHOOSE_BRANCH")
                        .valueFromProviderState("expectedVersion", "${version}", 12L)
                        .stringValue("branch", "FREE_PEOPLES")
                        .stringValue("reason", "Community vote of 2026-11-24 favoured the Free Peoples."))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(decision)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "chooseBranch")
    void theBranchIsChosenAndAudited(MockServer world) throws ApiException {
        ThroneOfSandDecision decision = api(world).makeThroneOfSandDecision(NIGHT_CITY,
                new ThroneOfSandDecisionRequest().decisionType(ThroneOfSandDecisionType.CHOOSE_BRANCH)
                        .expectedVersion(12L).branch(ThroneOfSandBranch.FREE_PEOPLES)
                        .reason("Community vote of 2026-11-24 favoured the Free Peoples."));

        assertThat(decision.getAction()).isEqualTo(ThroneOfSandAuditAction.CHOOSE_BRANCH);
        assertThat(decision.getBefore().getBranch()).isNull();
        assertThat(decision.getAfter().getBranch()).isEqualTo(ThroneOfSandBranch.FREE_PEOPLES);
        assertThat(decision.getAfter().getBranchLocked()).isFalse();
        assertThat(decision.getWorldStateChanges()).isNotEmpty();
    }

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact activate(PactDslWithProvider builder) {
        return json(asOperator(builder
                .given(AT_ITS_START)
                .uponReceiving("the operators' console activates a ready climate protocol")
                .method("POST")
                .path(CAMPAIGN + "/climate-protocols/sandstorm-shield/activations")))
                .body(new PactDslJsonBody()
                        .stringValue("reason", "Shield the convoy routes before the dune assault."))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .uuid("activationId", UUID.fromString("7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b"))
                        .stringValue("serverId", NIGHT_CITY)
                        .stringValue("protocolId", "sandstorm-shield")
                        .stringMatcher("activatedAt", GameClients.RFC3339, "2026-11-27T10:00:00Z")
                        .stringMatcher("activeUntil", GameClients.RFC3339, "2026-11-27T12:00:00Z")
                        .stringMatcher("availableAt", GameClients.RFC3339, "2026-11-27T16:00:00Z")
                        .integerType("campaignVersion", 13L)
                        .stringValue("actor", GameClients.OPS_CONSOLE))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "activate")
    void theShieldIsUpUntilItsEffectEnds(MockServer world) throws ApiException {
        ClimateProtocolActivation activation = api(world).activateClimateProtocol(NIGHT_CITY, "sandstorm-shield",
                new ActivateClimateProtocolRequest().reason("Shield the convoy routes before the dune assault."));

        assertThat(activation.getProtocolId()).isEqualTo("sandstorm-shield");
        assertThat(activation.getActiveUntil()).isAfter(activation.getActivatedAt());
        assertThat(activation.getAvailableAt()).isAfterOrEqualTo(activation.getActiveUntil());
    }

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact activateCoolingDown(PactDslWithProvider builder) {
        return json(asOperator(builder
                .given("sandstorm-shield of the Throne of Sand campaign of night-city-eu-1 was just activated")
                .uponReceiving("the operators' console activates a climate protocol that is cooling down")
                .method("POST")
                .path(CAMPAIGN + "/climate-protocols/sandstorm-shield/activations")))
                .body(new PactDslJsonBody()
                        .stringValue("reason", "Shield the convoy routes before the dune assault."))
                .willRespondWith()
                .status(429)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .matchHeader("Retry-After", "\\d+", "21600")
                .body(GameClients.problem(429, "CLIMATE_PROTOCOL_COOLDOWN"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "activateCoolingDown")
    void aCoolingDownProtocolSaysWhenToRetry(MockServer world) {
        ThroneOfSandApi api = api(world);

        assertThatThrownBy(() -> api.activateClimateProtocol(NIGHT_CITY, "sandstorm-shield",
                new ActivateClimateProtocolRequest().reason("Shield the convoy routes before the dune assault.")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(429);
                    assertThat(e.getResponseHeaders().firstValue("Retry-After")).hasValueSatisfying(
                            seconds -> assertThat(Long.parseLong(seconds)).isPositive());
                    assertThat(e.getResponseBody()).contains("CLIMATE_PROTOCOL_COOLDOWN");
                });
    }

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact reset(PactDslWithProvider builder) {
        return json(asOperator(builder
                .given(AT_ITS_START)
                .uponReceiving("the operators' console resets a Throne of Sand campaign at the version it read")
                .method("POST")
                .path(CAMPAIGN + "/resets")))
                .body(new PactDslJsonBody()
                        .valueFromProviderState("expectedVersion", "${version}", 12L)
                        .stringValue("reason", "Fresh deployment; replay the event from chapter 1."))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(atItsStart(NIGHT_CITY, 13L))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "reset")
    void aResetCampaignStartsOver(MockServer world) throws ApiException {
        ThroneOfSandCampaign campaign = api(world).resetThroneOfSandCampaign(NIGHT_CITY,
                new ResetThroneOfSandCampaignRequest().expectedVersion(12L)
                        .reason("Fresh deployment; replay the event from chapter 1."));

        assertStart(campaign);
        assertThat(campaign.getVersion()).isEqualTo(13L);
    }

    private static ThroneOfSandApi api(MockServer world) {
        return new ThroneOfSandApi(WorldPacts.client(world));
    }

    private static void assertStart(ThroneOfSandCampaign campaign) {
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(campaign.getChapter()).isEqualTo(1);
        assertThat(campaign.getAct()).isEqualTo(1);
        assertThat(campaign.getProgress()).isZero();
        assertThat(campaign.getBranch()).isNull();
        assertThat(campaign.getBranchLocked()).isFalse();
        assertThat(campaign.getActiveEffects()).isEmpty();
        assertThat(campaign.getCompletedAt()).isNull();
    }

    /** A campaign at its start: chapter 1 of Act I, progress 0, no branch, no effect in force. */
    private static PactDslJsonBody atItsStart(String serverId, long version) {
        PactDslJsonBody campaign = new PactDslJsonBody()
                .stringValue("serverId", serverId)
                .stringValue("status", "ACTIVE")
                .numberValue("chapter", 1)
                .numberValue("act", 1)
                .booleanValue("branchLocked", false)
                .numberValue("progress", 0)
                .integerType("version", version)
                .stringMatcher("startedAt", GameClients.RFC3339, "2026-11-28T09:00:00Z")
                .stringMatcher("updatedAt", GameClients.RFC3339, "2026-11-28T09:00:00Z");
        campaign.array("activeEffects").closeArray();
        return campaign;
    }

    /** The campaign's state in an audit entry, at its start. */
    private static PactDslJsonBody snapshot(long version) {
        return new PactDslJsonBody()
                .stringValue("status", "ACTIVE")
                .numberValue("chapter", 1)
                .numberValue("act", 1)
                .booleanValue("branchLocked", false)
                .numberValue("progress", 0)
                .integerType("version", version);
    }

    private static PactDslJsonBody keyVersion(String key, long version) {
        return new PactDslJsonBody()
                .stringMatcher("key", "throne-of-sand\\.[a-z]+", key)
                .integerType("version", version);
    }
}
