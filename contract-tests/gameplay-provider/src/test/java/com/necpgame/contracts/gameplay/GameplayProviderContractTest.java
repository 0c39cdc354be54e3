package com.necpgame.contracts.gameplay;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.necpgame.contracts.provider.Consumers;
import com.necpgame.contracts.provider.Retries;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies every pact that names gameplay-service (the game client's quests, combat, raid and academy) against
 * the real gameplay-service on an embedded PostgreSQL, with the real auth-, character- and economy-service beside it
 * ({@link LiveServices}). Provider states seed through the services' own APIs: players register and log in at
 * auth, create their characters at character-service, and start quests and fights at gameplay with their own
 * tokens. The states live in one class per area ({@link QuestStates}, {@link CombatStates}, RaidStates), each
 * registered here.
 */
@Provider("gameplay-service")
@PactFolder("../target/pacts")
class GameplayProviderContractTest {

    @BeforeAll
    static void startGameplayService() {
        LiveServices.start();
    }

    @AfterAll
    static void stopGameplayService() {
        LiveServices.stop();
    }

    @BeforeEach
    void targetTheRealService(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("localhost", LiveServices.gameplay().port()));
        context.addStateChangeHandlers(new QuestStates(), new CombatStates());
        context.addStateChangeHandlers(new RaidStates());
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verifyInteraction(PactVerificationContext context, HttpRequest request) throws Exception {
        // The game client presents its player's access token, which the provider state put in the request; a
        // consumer with client credentials (the operators' console) presents a real service token auth issued.
        if (Consumers.presentsServiceToken(context, request)) {
            request.setHeader("Authorization", "Bearer " + LiveServices.serviceToken(context.getConsumer().getName()));
        }
        Retries.verify(context, request);
    }

    /** Made true by {@link Retries#verify} in {@link #verifyInteraction}, once the request exists. */
    @State(Retries.SENT_BEFORE)
    void sentBefore() {
    }
}
