package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.character.client.ApiException;
import com.necpgame.character.client.api.CharactersApi;
import com.necpgame.character.client.model.Character;
import com.necpgame.character.client.model.CharacterClass;
import com.necpgame.character.client.model.CharacterCreateRequest;
import com.necpgame.character.client.model.CharacterOrigin;
import com.necpgame.character.client.model.CharacterPage;
import com.necpgame.character.client.model.CharacterStatus;
import com.necpgame.character.client.model.CharacterUpdateRequest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a game client uses character-service: the logged-in player creates a character, lists their characters,
 * opens one, renames it, deletes it and restores it (a live character is 409 CHARACTER_NOT_DELETED); another
 * player's character is 403 NOT_CHARACTER_OWNER. Every call goes through the
 * generated character client with the player's access token (the provider state's). Ids and names only the
 * provider can know are the provider state's.
 */
@PactConsumerTest
@PactTestFor(providerName = CharacterContractTest.PROVIDER)
class CharacterContractTest {

    static final String PROVIDER = "character-service";

    private static final String CHARACTER_ID = "5a0f3c2e-8d41-4b7a-9c3e-2f1d0a6b7c8d";
    private static final String ACCOUNT_ID = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";
    private static final String NAME = "Vex Marlowe";
    private static final String CHARACTER_PATH = "/api/v1/characters/${characterId}";
    private static final String HAS_A_CHARACTER = "a logged-in player has a character";
    private static final String SLUG = "[a-z0-9][a-z0-9-]{1,63}";

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact create(PactDslWithProvider builder) {
        return builder
                .given("a logged-in player has no character")
                .uponReceiving("a game client creates a TECHIE of the Moxes in Night City")
                .method("POST")
                .path("/api/v1/characters")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("name", "Judy Alvarez")
                        .stringValue("characterClass", "TECHIE")
                        .stringValue("origin", "STREET")
                        .stringValue("faction", "moxes")
                        .stringValue("city", "night-city"))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(character(new PactDslJsonBody()
                        .uuid("characterId", UUID.fromString(CHARACTER_ID))
                        .stringValue("name", "Judy Alvarez")
                        .stringValue("characterClass", "TECHIE")
                        .stringValue("faction", "moxes")))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "create")
    void aNewCharacterStartsAtLevelOneInItsHomeCity(MockServer character) throws ApiException {
        Character created = api(character).createCharacter(new CharacterCreateRequest().name("Judy Alvarez")
                .characterClass(CharacterClass.TECHIE).origin(CharacterOrigin.STREET).faction("moxes")
                .city("night-city"));

        assertThat(created.getCharacterId()).isNotNull();
        assertThat(created.getAccountId()).isEqualTo(UUID.fromString(ACCOUNT_ID));
        assertThat(created.getStatus()).isEqualTo(CharacterStatus.ACTIVE);
        assertThat(created.getLevel()).isEqualTo(1);
        assertThat(created.getAttributes().getTech()).isEqualTo(10);
        assertThat(created.getLocation().getCity()).isEqualTo("night-city");
        assertThat(created.getSkills()).isNotEmpty();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact list(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 1);
        page.minArrayLike("items", 1, existing(), 1);
        return builder
                .given(HAS_A_CHARACTER)
                .uponReceiving("a game client lists the player's characters")
                .method("GET")
                .path("/api/v1/characters")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "list")
    void theListHoldsThePlayersCharacters(MockServer character) throws ApiException {
        CharacterPage page = api(character).listMyCharacters(null, null, null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(c -> {
            assertThat(c.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
            assertThat(c.getAccountId()).isEqualTo(UUID.fromString(ACCOUNT_ID));
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact get(PactDslWithProvider builder) {
        return builder
                .given(HAS_A_CHARACTER)
                .uponReceiving("a game client opens one of the player's characters")
                .method("GET")
                .pathFromProviderState(CHARACTER_PATH, characterPath())
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(existing())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "get")
    void theCharacterIsThePlayers(MockServer character) throws ApiException {
        Character opened = api(character).getCharacter(UUID.fromString(CHARACTER_ID));

        assertThat(opened.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(opened.getName()).isEqualTo(NAME);
        assertThat(opened.getDeletedAt()).isNull();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact rename(PactDslWithProvider builder) {
        return builder
                .given(HAS_A_CHARACTER)
                .uponReceiving("a game client renames one of the player's characters")
                .method("PATCH")
                .pathFromProviderState(CHARACTER_PATH, characterPath())
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().stringValue("name", "Vex Nightshade"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(character(new PactDslJsonBody()
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                        .stringValue("name", "Vex Nightshade")
                        .stringMatcher("characterClass", "SOLO|NETRUNNER|TECHIE|NOMAD|CORPO", "NETRUNNER")
                        .stringMatcher("faction", SLUG, "aldecaldos")))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "rename")
    void aRenamedCharacterAnswersItsNewName(MockServer character) throws ApiException {
        Character renamed = api(character).updateCharacter(UUID.fromString(CHARACTER_ID),
                new CharacterUpdateRequest().name("Vex Nightshade"));

        assertThat(renamed.getName()).isEqualTo("Vex Nightshade");
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact anotherPlayersCharacter(PactDslWithProvider builder) {
        return builder
                .given("a logged-in player and a character of another player")
                .uponReceiving("a game client opens a character of another player")
                .method("GET")
                .pathFromProviderState(CHARACTER_PATH, characterPath())
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(403)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(403, "NOT_CHARACTER_OWNER"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "anotherPlayersCharacter")
    void anotherPlayersCharacterIsRefused(MockServer character) {
        CharactersApi api = api(character);

        assertThatThrownBy(() -> api.getCharacter(UUID.fromString(CHARACTER_ID)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    assertThat(e.getResponseBody()).contains("NOT_CHARACTER_OWNER");
                });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact delete(PactDslWithProvider builder) {
        return builder
                .given(HAS_A_CHARACTER)
                .uponReceiving("a game client deletes one of the player's characters")
                .method("DELETE")
                .pathFromProviderState(CHARACTER_PATH, characterPath())
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(existing("DELETED")
                        .stringMatcher("deletedAt", GameClients.RFC3339, "2026-11-27T13:00:00Z")
                        .stringMatcher("restorableUntil", GameClients.RFC3339, "2026-12-27T13:00:00Z"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "delete")
    void aDeletedCharacterIsRestorableFor30Days(MockServer character) throws ApiException {
        Character deleted = api(character).deleteCharacter(UUID.fromString(CHARACTER_ID));

        assertThat(deleted.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(deleted.getStatus()).isEqualTo(CharacterStatus.DELETED);
        assertThat(deleted.getRestorableUntil()).isAfter(deleted.getDeletedAt());
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact restore(PactDslWithProvider builder) {
        return builder
                .given("a logged-in player has a deleted character")
                .uponReceiving("a game client restores one of the player's deleted characters")
                .method("POST")
                .pathFromProviderState(CHARACTER_PATH + "/restore", characterPath() + "/restore")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(existing())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "restore")
    void aRestoredCharacterIsLiveAgain(MockServer character) throws ApiException {
        Character restored = api(character).restoreCharacter(UUID.fromString(CHARACTER_ID));

        assertThat(restored.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(restored.getName()).isEqualTo(NAME);
        assertThat(restored.getStatus()).isEqualTo(CharacterStatus.ACTIVE);
        assertThat(restored.getDeletedAt()).isNull();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact restoreALiveCharacter(PactDslWithProvider builder) {
        return builder
                .given(HAS_A_CHARACTER)
                .uponReceiving("a game client restores a character that is not deleted")
                .method("POST")
                .pathFromProviderState(CHARACTER_PATH + "/restore", characterPath() + "/restore")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(409)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(409, "CHARACTER_NOT_DELETED"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "restoreALiveCharacter")
    void aLiveCharacterCannotBeRestored(MockServer character) {
        CharactersApi api = api(character);

        assertThatThrownBy(() -> api.restoreCharacter(UUID.fromString(CHARACTER_ID)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getResponseBody()).contains("CHARACTER_NOT_DELETED");
                });
    }

    private static CharactersApi api(MockServer character) {
        return new CharactersApi(GameClients.character(character));
    }

    /** The provider state's character: a NETRUNNER of the Aldecaldos, as character-provider creates it. */
    private static PactDslJsonBody existing() {
        return existing("ACTIVE");
    }

    /** The provider state's character with {@code status} (ACTIVE, or DELETED once soft-deleted). */
    private static PactDslJsonBody existing(String status) {
        return character(new PactDslJsonBody()
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .valueFromProviderState("name", "${name}", NAME)
                .stringMatcher("characterClass", "SOLO|NETRUNNER|TECHIE|NOMAD|CORPO", "NETRUNNER")
                .stringMatcher("faction", SLUG, "aldecaldos"), status);
    }

    /** What every new character of the player has besides id, name, class and faction. */
    private static PactDslJsonBody character(PactDslJsonBody body) {
        return character(body, "ACTIVE");
    }

    private static PactDslJsonBody character(PactDslJsonBody body, String status) {
        body.valueFromProviderState("accountId", "${accountId}", ACCOUNT_ID)
                .stringValue("origin", "STREET")
                .stringValue("city", "night-city")
                .stringValue("status", status)
                .integerType("level", 1)
                .integerType("experience", 0L)
                .stringMatcher("createdAt", GameClients.RFC3339, "2026-11-27T12:00:00Z")
                .object("attributes", new PactDslJsonBody()
                        .integerType("strength", 10)
                        .integerType("dexterity", 10)
                        .integerType("intelligence", 10)
                        .integerType("tech", 10)
                        .integerType("cool", 10)
                        .integerType("unspentPoints", 0))
                .object("location", new PactDslJsonBody()
                        .stringValue("serverId", "night-city-eu-1")
                        .stringValue("city", "night-city")
                        .stringValue("district", "watson")
                        .numberType("x", 0.0)
                        .numberType("y", 0.0)
                        .numberType("z", 0.0)
                        .stringMatcher("updatedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z"));
        body.minArrayLike("skills", 1, 1)
                .stringMatcher("skillId", SLUG, "breach-protocol")
                .integerType("rank", 1)
                .closeObject()
                .closeArray();
        return body;
    }

    private static String characterPath() {
        return CHARACTER_PATH.replace("${characterId}", CHARACTER_ID);
    }
}
