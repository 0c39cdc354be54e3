package com.necpgame.contracts.world;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
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
import com.necpgame.world.client.model.DefineQuestConsequencesRequest;
import com.necpgame.world.client.model.QuestEffect;
import com.necpgame.world.client.model.QuestEffectType;
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
 * Verifies every pact that names world-service (gameplay's quest consequence pushes) against the real
 * world-service on an embedded PostgreSQL. Provider states seed through world's own API: the operations console
 * defines a branch's consequences, as operators do. Applying consequences checks no owner (the character is
 * gameplay's), so no character-service runs beside it.
 */
@Provider("world-service")
@PactFolder("../target/pacts")
class WorldProviderContractTest {

    /** Real time in whole milliseconds: PostgreSQL keeps microseconds, so nanoseconds would not read back. */
    private static final Clock CLOCK = Clock.tickMillis(ZoneOffset.UTC);

    private static TestTokenIssuer tokens;
    private static RunningService world;

    @BeforeAll
    static void startWorldService() {
        tokens = new TestTokenIssuer(CLOCK);
        WorldServiceDefinition definition = new WorldServiceDefinition();
        // No interaction makes world check an owner or push a world state change: its callees point nowhere.
        world = ServiceRuntime.start(definition, ServiceConfig.forTests(definition, tokens.configYaml()
                + "  character:\n    url: http://localhost:1\n"
                + "  economy:\n    url: http://localhost:1\n"
                + "  social:\n    url: http://localhost:1\n"), CLOCK);
    }

    @AfterAll
    static void stopWorldService() {
        if (world != null) {
            world.stop();
        }
        if (tokens != null) {
            tokens.close();
        }
    }

    @BeforeEach
    void targetTheRealService(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("localhost", world.port()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verifyInteraction(PactVerificationContext context, HttpRequest request) throws Exception {
        // The pact carries an example service token; the consumer presents a real one, in its own name, so the
        // operations' x-callers are enforced as in production.
        if (Consumers.presentsServiceToken(context.getConsumer().getName())) {
            request.setHeader("Authorization", "Bearer " + tokens.service(context.getConsumer().getName()));
        }
        Retries.verify(context, request);
    }

    /**
     * The operator defines the branch's consequences (once: both interactions of the pact use them), and a
     * character that has not completed the quest yet completes it.
     */
    @State("the consequences of q-sandstorm-oath through b-swear-to-helios raise the standing with helios-dynasty by 150")
    Map<String, Object> sandstormOathConsequences() throws ApiException {
        QuestConsequencesApi operator = new QuestConsequencesApi(client(tokens.service("ops-console")));
        try {
            operator.getQuestConsequences("q-sandstorm-oath", "b-swear-to-helios");
        } catch (ApiException e) {
            if (e.getCode() != 404) {
                throw e;
            }
            operator.defineQuestConsequences("q-sandstorm-oath", "b-swear-to-helios",
                    new DefineQuestConsequencesRequest().expectedVersion(0L).effects(List.of(new QuestEffect()
                            .type(QuestEffectType.REPUTATION).target("helios-dynasty").delta(150))));
        }
        return Map.of("characterId", UUID.randomUUID().toString());
    }

    /** Made true by {@link Retries#verify} in {@link #verifyInteraction}, once the request exists. */
    @State(Retries.SENT_BEFORE)
    void sentBefore() {
    }

    private static ApiClient client(String bearerToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(world.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearerToken));
        return client;
    }
}
