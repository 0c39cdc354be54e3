package com.necpgame.contracts.economy;

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
import com.necpgame.economy.EconomyServiceDefinition;
import com.necpgame.economy.client.ApiClient;
import com.necpgame.economy.client.api.OperationsApi;
import com.necpgame.economy.client.model.ItemStack;
import com.necpgame.economy.client.model.OperatorGrantRequest;
import com.necpgame.platform.RunningService;
import com.necpgame.platform.ServiceConfig;
import com.necpgame.platform.ServiceRuntime;
import com.necpgame.platform.testing.TestTokenIssuer;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Verifies every pact that names economy-service (gameplay's grants and item uses, world's state pushes, social's
 * rewards) against the real economy-service on an embedded PostgreSQL, with the real character-service beside it
 * for the owner checks. Provider states seed through the services' own APIs: a player creates the character at
 * character-service, the operations console puts items in its inventory.
 */
@Provider("economy-service")
@PactFolder("../target/pacts")
class EconomyProviderContractTest {

    /** Real time in whole milliseconds: PostgreSQL keeps microseconds, so nanoseconds would not read back. */
    private static final Clock CLOCK = Clock.tickMillis(ZoneOffset.UTC);

    private static TestTokenIssuer tokens;
    private static CharacterServiceBeside characters;
    private static RunningService economy;

    @BeforeAll
    static void startEconomyService() {
        tokens = new TestTokenIssuer(CLOCK);
        characters = new CharacterServiceBeside(tokens, CLOCK);
        EconomyServiceDefinition definition = new EconomyServiceDefinition();
        economy = ServiceRuntime.start(definition, ServiceConfig.forTests(definition, tokens.configYaml()
                + "  character:\n    url: " + characters.baseUrl() + "\n" + AccountStates.ONE_SECOND_RECIPE), CLOCK);
    }

    @AfterAll
    static void stopEconomyService() {
        if (economy != null) {
            economy.stop();
        }
        if (characters != null) {
            characters.close();
        }
        if (tokens != null) {
            tokens.close();
        }
    }

    @BeforeEach
    void targetTheRealService(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("localhost", economy.port()));
        context.addStateChangeHandlers(new MarketStates(economy.baseUrl(), tokens, characters));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verifyInteraction(PactVerificationContext context, HttpRequest request) throws Exception {
        // The pact carries an example service token; the consumer presents a real one, in its own name, so the
        // operations' x-callers are enforced as in production.
        if (Consumers.presentsServiceToken(context, request)) {
            request.setHeader("Authorization", "Bearer " + tokens.service(context.getConsumer().getName()));
        }
        Retries.verify(context, request);
    }

    @State("a live character exists")
    Map<String, Object> liveCharacter() throws Exception {
        LiveCharacter live = characters.liveCharacter();
        return Map.of("characterId", live.id().toString(), "accountId", live.accountId().toString());
    }

    @State("a live character holds 4 trauma-medkit")
    Map<String, Object> characterWithMedkits() throws Exception {
        LiveCharacter live = characters.liveCharacter();
        new OperationsApi(client(tokens.service("ops-console"))).grantOperatorFunds(UUID.randomUUID().toString(),
                new OperatorGrantRequest().characterId(live.id())
                        .itemStacks(List.of(new ItemStack().itemId("trauma-medkit").quantity(4)))
                        .note("Contract test set-up: four medkits for a combat."));
        return Map.of("characterId", live.id().toString(), "accountId", live.accountId().toString());
    }

    @State("a live character holds no trauma-medkit")
    Map<String, Object> characterWithoutMedkits() throws Exception {
        return liveCharacter();
    }

    /** Made true by {@link Retries#verify} in {@link #verifyInteraction}, once the request exists. */
    @State(Retries.SENT_BEFORE)
    void sentBefore() {
    }

    /** The provider states of wallets, trades, crafting, Merit and the operators' tools. */
    @BeforeEach
    void accountStates(PactVerificationContext context) {
        context.addStateChangeHandlers(new AccountStates());
    }

    static CharacterServiceBeside characters() {
        return characters;
    }

    static TestTokenIssuer tokens() {
        return tokens;
    }

    static ApiClient client(String bearerToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(economy.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearerToken));
        return client;
    }
}
