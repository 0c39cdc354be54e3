package com.necpgame.contracts.auth;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.necpgame.auth.AuthServiceDefinition;
import com.necpgame.auth.client.ApiException;
import com.necpgame.auth.client.model.PilotTier;
import com.necpgame.auth.client.model.TokenPair;
import com.necpgame.contracts.provider.Consumers;
import com.necpgame.platform.RunningService;
import com.necpgame.platform.ServiceConfig;
import com.necpgame.platform.ServiceRuntime;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Verifies every pact that names auth-service (written by the consumer modules into
 * contract-tests/target/pacts) against the real auth-service on an embedded PostgreSQL. Provider states seed
 * the database through the service's own API, so they stay true to its rules. gameplay-service is a service client
 * made up for the run ({@link ServiceClient#random}): auth is configured with its secret's hash only, and the
 * secret itself reaches the pact's {@code issueServiceToken} request through the provider state
 * {@code gameplay-service is a service client of auth}, so no usable secret is ever committed.
 */
@Provider("auth-service")
@PactFolder("../target/pacts")
class AuthProviderContractTest {

    private static RunningService auth;
    private static AuthFixtures fixtures;
    /** gameplay's client credentials at auth, made up for this run: the secret exists only in memory. */
    private static ServiceClient gameplay;

    @BeforeAll
    static void startAuthService() throws ApiException {
        gameplay = ServiceClient.random("gameplay-service");
        auth = ServiceRuntime.start(new AuthServiceDefinition(), ServiceConfig.forTests(gameplay.configYaml()));
        fixtures = new AuthFixtures(auth.baseUrl(), gameplay);
    }

    @AfterAll
    static void stopAuthService() {
        if (auth != null) {
            auth.stop();
        }
    }

    @BeforeEach
    void targetTheRealService(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("localhost", auth.port()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verifyInteraction(PactVerificationContext context, HttpRequest request) {
        // The pact carries an example service token; gameplay presents a real one, issued by auth itself. A game
        // client presents its player's access token, which the provider state put in the request already. The
        // public operations (the key set, the service token itself) go without a token, as the services send them;
        // issueServiceToken's client secret is the provider state's (the run's own).
        if (Consumers.presentsServiceToken(context, request)) {
            request.setHeader("Authorization", "Bearer " + fixtures.serviceToken());
        }
        context.verifyInteraction();
    }

    // --- game-client ---------------------------------------------------------------------------

    @State("no account has the email or username of a new player")
    Map<String, Object> newPlayer() {
        String username = fixtures.newUsername();
        return Map.of("username", username, "email", fixtures.email(username));
    }

    @State("a player is registered with the password chrome-and-neon-2077")
    Map<String, Object> registeredPlayer() throws ApiException {
        return player(fixtures.registerPlayer("chrome-and-neon-2077"));
    }

    @State("a player is logged in")
    Map<String, Object> loggedInPlayer() throws ApiException {
        AuthFixtures.Player player = fixtures.registerPlayer();
        TokenPair pair = fixtures.login(player);
        Map<String, Object> values = new HashMap<>(player(player));
        values.put("accessToken", pair.getAccessToken());
        values.put("refreshToken", pair.getRefreshToken());
        return values;
    }

    @State("a logged-in pilot holds an unexpired T2 credential with score 8400")
    Map<String, Object> loggedInPilotWithT2Credential() throws ApiException {
        AuthFixtures.Player player = fixtures.registerPlayer();
        fixtures.certify(player.id(), PilotTier.T2, 8400);
        Map<String, Object> values = new HashMap<>(player(player));
        values.put("accessToken", fixtures.login(player).getAccessToken());
        // A raid window must end in the future and at most 6 hours ahead.
        values.put("windowEndsAt", Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        return values;
    }

    private Map<String, Object> player(AuthFixtures.Player player) {
        return Map.of("accountId", player.id().toString(), "username", player.username(),
                "email", fixtures.email(player.username()));
    }

    // --- gameplay-service ------------------------------------------------------------------------

    @State("gameplay-service is a service client of auth")
    Map<String, Object> gameplayIsAServiceClient() {
        return Map.of("clientSecret", gameplay.secret());
    }

    @State("pilot holds an unexpired T2 credential")
    Map<String, Object> pilotWithT2Credential() throws ApiException {
        UUID playerId = fixtures.registerPlayer().id();
        fixtures.certify(playerId, PilotTier.T2, 8400);
        return Map.of("playerId", playerId.toString());
    }

    @State("pilot has no credential")
    Map<String, Object> pilotWithoutCredential() throws ApiException {
        return Map.of("playerId", fixtures.registerPlayer().id().toString());
    }

    @State("pilot holds a sync token for a raid instance")
    Map<String, Object> pilotWithSyncToken() throws ApiException {
        AuthFixtures.Player player = fixtures.registerPlayer();
        fixtures.certify(player.id(), PilotTier.T2, 8400);
        UUID instanceId = UUID.randomUUID();
        String syncToken = fixtures.syncToken(player, instanceId, PilotTier.T2);
        return Map.of("playerId", player.id().toString(), "instanceId", instanceId.toString(),
                "syncToken", syncToken);
    }
}
