package com.necpgame.contracts.world;

import au.com.dius.pact.provider.IHttpClientFactory;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.necpgame.contracts.provider.CharacterServiceBeside;
import com.necpgame.contracts.provider.CharacterServiceBeside.LiveCharacter;
import com.necpgame.contracts.provider.Consumers;
import com.necpgame.contracts.provider.Retries;
import com.necpgame.platform.RunningService;
import com.necpgame.platform.ServiceConfig;
import com.necpgame.platform.ServiceRuntime;
import com.necpgame.platform.testing.TestTokenIssuer;
import com.necpgame.world.WorldServiceDefinition;
import com.necpgame.world.client.ApiClient;
import com.necpgame.world.client.ApiException;
import com.necpgame.world.client.api.QuestConsequencesApi;
import com.necpgame.world.client.api.SubscriptionsApi;
import com.necpgame.world.client.api.ThroneOfSandApi;
import com.necpgame.world.client.api.WorldStateApi;
import com.necpgame.world.client.model.ActivateClimateProtocolRequest;
import com.necpgame.world.client.model.CreateWorldStateSubscriptionRequest;
import com.necpgame.world.client.model.DefineQuestConsequencesRequest;
import com.necpgame.world.client.model.QuestConsequenceRequest;
import com.necpgame.world.client.model.QuestEffect;
import com.necpgame.world.client.model.QuestEffectType;
import com.necpgame.world.client.model.ResetThroneOfSandCampaignRequest;
import com.necpgame.world.client.model.StartThroneOfSandCampaignRequest;
import com.necpgame.world.client.model.SubscriberService;
import com.necpgame.world.client.model.ThroneOfSandCampaign;
import com.necpgame.world.client.model.UpdateWorldStateRequest;
import com.necpgame.world.client.model.WorldStateEntry;
import com.necpgame.world.client.model.WorldStateSubscription;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Verifies every pact that names world-service (gameplay's quest consequence pushes, the game client's reads and
 * the operators' console) against the real world-service on an embedded PostgreSQL, with the real
 * character-service beside it for the owner checks of the player's preview and story state. Provider states seed
 * through world's own API as the operations console (world state, consequences, subscriptions, the Throne of
 * Sand campaign) and gameplay (applying a completed quest's consequences) do; the player's characters are made at
 * character-service with the player's own token. world's pushes to economy and social point nowhere (they stay in
 * its outbox).
 */
@Provider("world-service")
@PactFolder("../target/pacts")
class WorldProviderContractTest {

    /** Real time in whole milliseconds: PostgreSQL keeps microseconds, so nanoseconds would not read back. */
    private static final Clock CLOCK = Clock.tickMillis(ZoneOffset.UTC);

    private static final String NIGHT_CITY = "night-city-eu-1";
    /** The server only the campaign start uses: no other state starts a campaign on it. */
    private static final String BADLANDS = "badlands-eu-1";
    private static final String SANDSTORM_OATH = "q-sandstorm-oath";
    private static final String SWEAR_TO_HELIOS = "b-swear-to-helios";

    private static TestTokenIssuer tokens;
    private static CharacterServiceBeside characters;
    private static RunningService world;

    @BeforeAll
    static void startWorldService() {
        tokens = new TestTokenIssuer(CLOCK);
        characters = new CharacterServiceBeside(tokens, CLOCK);
        WorldServiceDefinition definition = new WorldServiceDefinition();
        // The pushes of world state changes stay in the outbox: economy and social point nowhere.
        world = ServiceRuntime.start(definition, ServiceConfig.forTests(definition, tokens.configYaml()
                + "  character:\n    url: " + characters.baseUrl() + "\n"
                + "  economy:\n    url: http://localhost:1\n"
                + "  social:\n    url: http://localhost:1\n"), CLOCK);
    }

    @AfterAll
    static void stopWorldService() {
        if (world != null) {
            world.stop();
        }
        if (characters != null) {
            characters.close();
        }
        if (tokens != null) {
            tokens.close();
        }
    }

    /**
     * Pact's own HTTP client would retry an answer with Retry-After (Apache HttpClient's default retry strategy
     * sleeps for it: 6 hours for a climate protocol cooling down); the pacts pin the first answer, so it never
     * retries.
     */
    @BeforeEach
    void targetTheRealService(PactVerificationContext context) {
        IHttpClientFactory noRetries = provider -> HttpClients.custom().disableAutomaticRetries().build();
        context.setTarget(new HttpTestTarget("localhost", world.port(), "/", () -> noRetries));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verifyInteraction(PactVerificationContext context, HttpRequest request) throws Exception {
        // The pact carries an example service token; the consumer presents a real one, in its own name, so the
        // operations' x-callers and x-necp-operator are enforced as in production. The game client's request
        // carries its player's token already (the provider state's accessToken).
        if (Consumers.presentsServiceToken(context, request)) {
            request.setHeader("Authorization", "Bearer " + tokens.service(context.getConsumer().getName()));
        }
        Retries.verify(context, request);
    }

    // ------------------------------------------------------------------------------------------ quest consequences

    /**
     * The operator defines the branch's consequences (once: every interaction using them expects the same), and a
     * character that has not completed the quest yet completes it; a logged-in player reads them.
     */
    @State("the consequences of q-sandstorm-oath through b-swear-to-helios raise the standing with helios-dynasty by 150")
    Map<String, Object> sandstormOathConsequences() throws ApiException {
        defineSandstormOath();
        return Map.of("characterId", UUID.randomUUID().toString(), "accessToken", somePlayer());
    }

    /** The same consequences, and a logged-in player's new character (at character-service) who has not sworn. */
    @State("a logged-in player's character has not completed q-sandstorm-oath, whose consequences through "
            + "b-swear-to-helios raise the standing with helios-dynasty by 150")
    Map<String, Object> aCharacterBeforeTheOath() throws Exception {
        defineSandstormOath();
        return playerOf(characters.liveCharacter());
    }

    /** gameplay pushes the completion of q-sandstorm-oath through b-swear-to-helios for the player's character. */
    @State("a logged-in player's character has completed q-sandstorm-oath through b-swear-to-helios")
    Map<String, Object> aCharacterSwornToHelios() throws Exception {
        defineSandstormOath();
        LiveCharacter character = characters.liveCharacter();
        new QuestConsequencesApi(client(tokens.service("gameplay-service"))).applyQuestConsequences(
                UUID.randomUUID().toString(), new QuestConsequenceRequest().serverId(NIGHT_CITY)
                        .characterId(character.id()).questId(SANDSTORM_OATH).branchId(SWEAR_TO_HELIOS));
        return playerOf(character);
    }

    @State("a logged-in player and a character of another player")
    Map<String, Object> anotherPlayersCharacter() throws Exception {
        LiveCharacter theirs = characters.liveCharacter();
        return Map.of("characterId", theirs.id().toString(), "accessToken", somePlayer());
    }

    /** The operator has defined the branch (once); the interaction redefines it at its current version. */
    @State("the consequences of q-neon-ghosts through b-spare-the-ghosts are defined")
    Map<String, Object> neonGhostsConsequences() throws ApiException {
        QuestConsequencesApi operator = new QuestConsequencesApi(operator());
        long version;
        try {
            version = operator.getQuestConsequences("q-neon-ghosts", "b-spare-the-ghosts").getVersion();
        } catch (ApiException e) {
            if (e.getCode() != 404) {
                throw e;
            }
            version = operator.defineQuestConsequences("q-neon-ghosts", "b-spare-the-ghosts",
                    new DefineQuestConsequencesRequest().expectedVersion(0L).effects(List.of(new QuestEffect()
                            .type(QuestEffectType.FLAG).target("spared-the-ghosts").flagValue(true)))).getVersion();
        }
        return Map.of("version", version);
    }

    // ------------------------------------------------------------------------------------------------ world state

    /**
     * The operator has set watson.curfew on night-city-eu-1 to {@code {"active": true}} (again, when an
     * interaction lifted it); a logged-in player reads it.
     */
    @State("watson.curfew is active on night-city-eu-1")
    Map<String, Object> curfewActive() throws ApiException {
        WorldStateApi operator = new WorldStateApi(operator());
        Map<String, Object> active = Map.of("active", true);
        WorldStateEntry entry;
        try {
            entry = operator.getWorldState(NIGHT_CITY, "watson.curfew");
            if (!active.equals(entry.getValue())) {
                entry = operator.updateWorldState(NIGHT_CITY, "watson.curfew", new UpdateWorldStateRequest()
                        .expectedVersion(entry.getVersion()).value(active)
                        .reason("Curfew imposed again after the Watson riots."));
            }
        } catch (ApiException e) {
            if (e.getCode() != 404) {
                throw e;
            }
            entry = operator.updateWorldState(NIGHT_CITY, "watson.curfew", new UpdateWorldStateRequest()
                    .expectedVersion(0L).value(active).reason("Curfew imposed during the Watson riots."));
        }
        return Map.of("version", entry.getVersion(), "accessToken", somePlayer());
    }

    // ---------------------------------------------------------------------------------------------- subscriptions

    /** The operator has subscribed economy to the keys under watson. on every server (once). */
    @State("ECONOMY is subscribed to the keys under watson.")
    Map<String, Object> economyWatchesWatson() throws ApiException {
        SubscriptionsApi operator = new SubscriptionsApi(operator());
        WorldStateSubscription subscription = subscription(operator, SubscriberService.ECONOMY, "watson.*", null);
        if (subscription == null) {
            subscription = operator.createWorldStateSubscription(new CreateWorldStateSubscriptionRequest()
                    .subscriber(SubscriberService.ECONOMY).keyPattern("watson.*"));
        }
        return Map.of("subscriptionId", subscription.getSubscriptionId().toString());
    }

    /** The interaction subscribes social; an earlier run of it is undone. */
    @State("SOCIAL is not subscribed to throne-of-sand.* on night-city-eu-1")
    void socialDoesNotWatchTheThrone() throws ApiException {
        SubscriptionsApi operator = new SubscriptionsApi(operator());
        WorldStateSubscription subscription = subscription(operator, SubscriberService.SOCIAL, "throne-of-sand.*",
                NIGHT_CITY);
        if (subscription != null) {
            operator.deleteWorldStateSubscription(subscription.getSubscriptionId());
        }
    }

    // --------------------------------------------------------------------------------------------- throne of sand

    @State("badlands-eu-1 has no Throne of Sand campaign")
    void badlandsWithoutACampaign() throws ApiException {
        try {
            new ThroneOfSandApi(operator()).getThroneOfSandCampaign(BADLANDS);
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return;
            }
            throw e;
        }
        throw new IllegalStateException(BADLANDS + " has a campaign: only the start interaction may start one");
    }

    /**
     * The operator has started the campaign of night-city-eu-1, or reset it to its start: chapter 1, no branch,
     * every climate protocol ready; a logged-in player reads it.
     */
    @State("the Throne of Sand campaign of night-city-eu-1 is at its start")
    Map<String, Object> campaignAtItsStart() throws ApiException {
        ThroneOfSandCampaign campaign = campaignAtStart();
        return Map.of("version", campaign.getVersion(), "accessToken", somePlayer());
    }

    /** Right after the start (or a reset), the operator activates sandstorm-shield: it cools down for 6 hours. */
    @State("sandstorm-shield of the Throne of Sand campaign of night-city-eu-1 was just activated")
    void sandstormShieldJustActivated() throws ApiException {
        campaignAtStart();
        new ThroneOfSandApi(operator()).activateClimateProtocol(NIGHT_CITY, "sandstorm-shield",
                new ActivateClimateProtocolRequest().reason("Shield the convoy routes before the dune assault."));
    }

    /** Made true by {@link Retries#verify} in {@link #verifyInteraction}, once the request exists. */
    @State(Retries.SENT_BEFORE)
    void sentBefore() {
    }

    private static ThroneOfSandCampaign campaignAtStart() throws ApiException {
        ThroneOfSandApi operator = new ThroneOfSandApi(operator());
        try {
            operator.getThroneOfSandCampaign(NIGHT_CITY);
        } catch (ApiException e) {
            if (e.getCode() != 404) {
                throw e;
            }
            return operator.startThroneOfSandCampaign(new StartThroneOfSandCampaignRequest().serverId(NIGHT_CITY)
                    .reason("Season launch of the Throne of Sand event."));
        }
        return operator.resetThroneOfSandCampaign(NIGHT_CITY, new ResetThroneOfSandCampaignRequest()
                .reason("Replay the event from chapter 1."));
    }

    private static void defineSandstormOath() throws ApiException {
        QuestConsequencesApi operator = new QuestConsequencesApi(operator());
        try {
            operator.getQuestConsequences(SANDSTORM_OATH, SWEAR_TO_HELIOS);
        } catch (ApiException e) {
            if (e.getCode() != 404) {
                throw e;
            }
            operator.defineQuestConsequences(SANDSTORM_OATH, SWEAR_TO_HELIOS,
                    new DefineQuestConsequencesRequest().expectedVersion(0L).effects(List.of(new QuestEffect()
                            .type(QuestEffectType.REPUTATION).target("helios-dynasty").delta(150))));
        }
    }

    /** The subscription of (subscriber, pattern, server), or null. */
    private static WorldStateSubscription subscription(SubscriptionsApi operator, SubscriberService subscriber,
                                                       String keyPattern, String serverId) throws ApiException {
        return operator.listWorldStateSubscriptions(subscriber, 1, 100).getItems().stream()
                .filter(s -> s.getKeyPattern().equals(keyPattern) && Objects.equals(s.getServerId(), serverId))
                .findFirst().orElse(null);
    }

    /** The character's id and its owner's access token. */
    private static Map<String, Object> playerOf(LiveCharacter character) {
        Map<String, Object> values = new HashMap<>();
        values.put("characterId", character.id().toString());
        values.put("accessToken", tokens.player(character.accountId()));
        return values;
    }

    /** A logged-in player's access token (the reads need no character). */
    private static String somePlayer() {
        return tokens.player(UUID.randomUUID());
    }

    /** world's generated client as the operators' console uses it. */
    private static ApiClient operator() {
        return client(tokens.service(Consumers.OPS_CONSOLE));
    }

    private static ApiClient client(String bearerToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(world.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearerToken));
        return client;
    }
}
