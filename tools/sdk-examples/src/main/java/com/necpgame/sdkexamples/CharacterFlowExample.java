package com.necpgame.sdkexamples;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.necpgame.auth.client.api.AccountsApi;
import com.necpgame.auth.client.api.SessionsApi;
import com.necpgame.auth.client.model.LoginRequest;
import com.necpgame.auth.client.model.RegisterRequest;
import com.necpgame.auth.client.model.TokenPair;
import com.necpgame.character.client.ApiClient;
import com.necpgame.character.client.ApiException;
import com.necpgame.character.client.api.CharacterAttributesApi;
import com.necpgame.character.client.api.CharactersApi;
import com.necpgame.character.client.model.AttributeAllocation;
import com.necpgame.character.client.model.Character;
import com.necpgame.character.client.model.CharacterClass;
import com.necpgame.character.client.model.CharacterCreateRequest;
import com.necpgame.character.client.model.CharacterOrigin;
import com.necpgame.character.client.model.Problem;

/**
 * A player's first minutes with the Java SDKs (auth-client, character-client): register, log in, create a character,
 * read it back, and two refused requests read as their problem+json {@code code} (one of them with the
 * {@code Idempotency-Key} that every value-moving operation takes).
 *
 * <pre>java ... CharacterFlowExample http://localhost:8080 http://localhost:8080 [username]</pre>
 * (through the gateway both base URLs are the same; or auth's and character's own, 8081 and 8082).
 */
public final class CharacterFlowExample {

    /** What the flow did, for whoever runs it. */
    public record Outcome(UUID accountId, UUID characterId, String characterName, String refusedWithCode,
                          String allocationRefusedWithCode) {
    }

    private CharacterFlowExample() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CharacterFlowExample <auth base URL> <character base URL> [username]");
            System.exit(2);
        }
        String username = args.length > 2 ? args[2] : "vex_" + UUID.randomUUID().toString().substring(0, 8);
        System.out.println(run(args[0], args[1], username, "chrome-and-neon-2077"));
    }

    public static Outcome run(String authUrl, String characterUrl, String username, String password)
            throws com.necpgame.auth.client.ApiException, ApiException {
        // 1. Register and log in at auth. Public operations: no token yet.
        var authClient = new com.necpgame.auth.client.ApiClient();
        authClient.updateBaseUri(authUrl);
        new AccountsApi(authClient).register(new RegisterRequest()
                .username(username).email(username + "@example.com").password(password));
        TokenPair tokens = new SessionsApi(authClient).login(new LoginRequest().login(username).password(password));
        System.out.println("logged in as " + tokens.getAccount().getUsername() + " (" + tokens.getAccount().getId() + ")");

        // 2. A character client that sends the access token with every request.
        ApiClient characterClient = new ApiClient();
        characterClient.updateBaseUri(characterUrl);
        characterClient.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + tokens.getAccessToken()));
        CharactersApi characters = new CharactersApi(characterClient);

        // 3. Create a character and read it back.
        CharacterCreateRequest request = new CharacterCreateRequest()
                .name(characterName(username)).characterClass(CharacterClass.NETRUNNER).origin(CharacterOrigin.STREET)
                .faction("aldecaldos").city("night-city");
        Character created = characters.createCharacter(request);
        Character read = characters.getCharacter(created.getCharacterId());
        if (!read.getName().equals(created.getName())) {
            throw new IllegalStateException("read back " + read.getName() + ", created " + created.getName());
        }
        System.out.println("created and read back " + read.getName() + " (" + read.getCharacterId() + ")");

        // 4. A refused request: the same name again is 409 CHARACTER_NAME_TAKEN, as problem+json.
        String code;
        try {
            characters.createCharacter(request);
            throw new IllegalStateException("a taken name was accepted");
        } catch (ApiException e) {
            Problem problem = problemOf(e, characterClient);
            code = problem.getCode();
            System.out.println("refused with " + e.getCode() + " " + code + ": " + problem.getDetail());
        }

        // 5. Spending attribute points moves value, so it takes an Idempotency-Key (one per intended action, the same
        //    on a retry). A new character has no unspent points: 422 NOT_ENOUGH_ATTRIBUTE_POINTS.
        String allocationCode;
        try {
            new CharacterAttributesApi(characterClient).allocateAttributePoints(read.getCharacterId(),
                    UUID.randomUUID().toString(), new AttributeAllocation().strength(1));
            throw new IllegalStateException("a new character spent a point it does not have");
        } catch (ApiException e) {
            Problem problem = problemOf(e, characterClient);
            allocationCode = problem.getCode();
            System.out.println("refused with " + e.getCode() + " " + allocationCode + ": " + problem.getDetail());
        }
        return new Outcome(tokens.getAccount().getId(), read.getCharacterId(), read.getName(), code, allocationCode);
    }

    /** The problem+json body of a refused call, read with the client's own mapper. */
    static Problem problemOf(ApiException e, ApiClient client) {
        try {
            return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        } catch (JsonProcessingException notAProblem) {
            throw new IllegalStateException("HTTP " + e.getCode() + " without a problem body: " + e.getResponseBody(), e);
        }
    }

    /**
     * A character name made from the username (letters and digits only), so each run gets a fresh one. The model
     * {@code Character} shadows {@code java.lang.Character}, hence the full name.
     */
    static String characterName(String username) {
        StringBuilder name = new StringBuilder("Vex ");
        for (char c : username.toCharArray()) {
            name.append(java.lang.Character.isLetterOrDigit(c) ? c : 'x');
        }
        return name.length() > 24 ? name.substring(0, 24) : name.toString();
    }
}
