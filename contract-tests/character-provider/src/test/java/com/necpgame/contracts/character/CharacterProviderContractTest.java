package com.necpgame.contracts.character;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.necpgame.character.CharacterServiceDefinition;
import com.necpgame.character.client.ApiException;
import com.necpgame.contracts.provider.Consumers;
import com.necpgame.contracts.provider.Retries;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Verifies every pact that names character-service (written by the consumer modules into
 * contract-tests/target/pacts) against the real character-service on an embedded PostgreSQL. Provider states
 * seed the database through the service's own API, so they stay true to its rules.
 */
@Provider("character-service")
@PactFolder("../target/pacts")
class CharacterProviderContractTest {

    /** Real time in whole milliseconds: PostgreSQL keeps microseconds, so nanoseconds would not read back. */
    private static final Clock CLOCK = Clock.tickMillis(ZoneOffset.UTC);

    private static TestTokenIssuer tokens;
    private static RunningService character;
    private static CharacterFixtures fixtures;

    @BeforeAll
    static void startCharacterService() {
        tokens = new TestTokenIssuer(CLOCK);
        character = ServiceRuntime.start(new CharacterServiceDefinition(), ServiceConfig.forTests(tokens.configYaml()),
                CLOCK);
        fixtures = new CharacterFixtures(character.baseUrl(), tokens);
    }

    @AfterAll
    static void stopCharacterService() {
        if (character != null) {
            character.stop();
        }
        if (tokens != null) {
            tokens.close();
        }
    }

    @BeforeEach
    void targetTheRealService(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("localhost", character.port()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verifyInteraction(PactVerificationContext context, HttpRequest request) throws Exception {
        // The pact carries an example service token; the consumer presents a real one, in its own name, so the
        // operations' x-callers are enforced as in production. A game client presents its player's access token,
        // which the provider state put in the request already.
        if (Consumers.presentsServiceToken(context, request)) {
            request.setHeader("Authorization", "Bearer " + tokens.service(context.getConsumer().getName()));
        }
        Retries.verify(context, request);
    }

    /** Made true by {@link Retries#verify} in {@link #verifyInteraction}, once the request exists. */
    @State(Retries.SENT_BEFORE)
    void sentBefore() {
    }

    @State("a live character exists")
    Map<String, Object> liveCharacter() throws ApiException {
        CharacterFixtures.LiveCharacter live = fixtures.liveCharacter();
        return Map.of("characterId", live.id().toString(), "accountId", live.accountId().toString());
    }

    // --- game-client: the player's own access token goes with the ids ---------------------------

    @State("a logged-in player has no character")
    Map<String, Object> playerWithoutCharacters() {
        UUID accountId = UUID.randomUUID();
        return Map.of("accountId", accountId.toString(), "accessToken", tokens.player(accountId));
    }

    @State("a logged-in player has a character")
    Map<String, Object> playerWithACharacter() throws ApiException {
        return owned(fixtures.liveCharacter());
    }

    @State("a logged-in player has a deleted character")
    Map<String, Object> playerWithADeletedCharacter() throws ApiException {
        CharacterFixtures.LiveCharacter live = fixtures.liveCharacter();
        fixtures.delete(live);
        return owned(live);
    }

    @State("a logged-in player has a level 3 character with 2 unspent attribute points")
    Map<String, Object> playerWithALevel3Character() throws ApiException {
        CharacterFixtures.LiveCharacter live = fixtures.liveCharacter();
        fixtures.completedQuest(live.id(), "q-first-contract", 3000, OffsetDateTime.parse("2026-11-27T12:00:00Z"));
        return owned(live);
    }

    @State("a logged-in player's character has quest progress for q-neon-ghosts updated at 2026-11-27T12:30:00Z")
    Map<String, Object> playerWithQuestProgress() throws ApiException {
        Map<String, Object> values = new HashMap<>(characterWithQuestProgress());
        values.put("accessToken", tokens.player(UUID.fromString((String) values.get("accountId"))));
        return values;
    }

    @State("a logged-in player and a character of another player")
    Map<String, Object> characterOfAnotherPlayer() throws ApiException {
        CharacterFixtures.LiveCharacter other = fixtures.liveCharacter();
        return Map.of("characterId", other.id().toString(), "accessToken", tokens.player(UUID.randomUUID()));
    }

    /** The ids and the name of the player's own character, and the player's access token. */
    private Map<String, Object> owned(CharacterFixtures.LiveCharacter live) {
        return Map.of("characterId", live.id().toString(), "accountId", live.accountId().toString(),
                "name", live.name(), "accessToken", tokens.player(live.accountId()));
    }

    // --- services --------------------------------------------------------------------------------

    @State("no character has the id")
    Map<String, Object> noCharacter() {
        return Map.of("characterId", UUID.randomUUID().toString());
    }

    @State("a character has quest progress for q-neon-ghosts updated at 2026-11-27T12:30:00Z")
    Map<String, Object> characterWithQuestProgress() throws ApiException {
        CharacterFixtures.LiveCharacter live = fixtures.liveCharacter();
        fixtures.questProgress(live.id(), "q-neon-ghosts", 40, Map.of("findInformant", true, "hackTerminals", 2),
                OffsetDateTime.parse("2026-11-27T12:30:00Z"));
        return Map.of("characterId", live.id().toString(), "accountId", live.accountId().toString());
    }
}
