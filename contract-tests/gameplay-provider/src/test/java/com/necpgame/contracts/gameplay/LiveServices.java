package com.necpgame.contracts.gameplay;

import com.necpgame.auth.AuthServiceDefinition;
import com.necpgame.auth.client.api.AccountsApi;
import com.necpgame.auth.client.api.KeysApi;
import com.necpgame.auth.client.api.SessionsApi;
import com.necpgame.auth.client.model.LoginRequest;
import com.necpgame.auth.client.model.RegisterRequest;
import com.necpgame.auth.client.model.ServiceTokenRequest;
import com.necpgame.auth.serviceclient.ServiceClients;
import com.necpgame.character.CharacterServiceDefinition;
import com.necpgame.character.client.api.CharactersApi;
import com.necpgame.character.client.model.CharacterClass;
import com.necpgame.character.client.model.CharacterCreateRequest;
import com.necpgame.character.client.model.CharacterOrigin;
import com.necpgame.economy.EconomyServiceDefinition;
import com.necpgame.economy.client.api.OperationsApi;
import com.necpgame.economy.client.model.ItemStack;
import com.necpgame.economy.client.model.OperatorGrantRequest;
import com.necpgame.gameplay.GameplayServiceDefinition;
import com.necpgame.platform.RunningService;
import com.necpgame.platform.ServiceConfig;
import com.necpgame.platform.ServiceDefinition;
import com.necpgame.platform.ServiceRuntime;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The services of one verification run, all real and in this JVM, each on its own embedded PostgreSQL:
 * auth-service (it issues the players' and the services' tokens; gameplay reads and certifies pilot credentials
 * and verifies sync tokens there), character-service (owner checks, levels, attributes, skill ranks),
 * economy-service (a combat item is consumed there synchronously; the rewards of a completed quest are credited
 * there through the outbox) and gameplay-service under verification, one {@link ShiftableClock} for all. world
 * and social point nowhere: gameplay pushes to world only through its outbox, which keeps retrying and never fails
 * a request, and asks social only for a raid's guild.
 * Started once by {@link GameplayProviderContractTest}; every state class of this package (QuestStates,
 * CombatStates, RaidStates) seeds through these accessors.
 */
final class LiveServices {

    /** A registered, logged-in player of auth. */
    record Player(UUID accountId, String username, String password, String accessToken) {
    }

    static final String PASSWORD = "chrome-and-neon-2077";
    /** Where the services gameplay only pushes to (through the outbox) would be: nothing listens. */
    static final String NOWHERE = "http://localhost:1";
    /** The service clients auth knows in this run, each with a secret made up for it (nothing secret in git). */
    private static final String[] SERVICE_CLIENTS = {"gameplay-service", "economy-service", "ops-console"};
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static final ShiftableClock CLOCK = new ShiftableClock();
    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static RunningService auth;
    private static RunningService character;
    private static RunningService economy;
    private static RunningService gameplay;

    private LiveServices() {
    }

    static synchronized void start() {
        if (gameplay != null) {
            return;
        }
        StringBuilder clients = new StringBuilder("auth:\n  service-clients:\n");
        for (String client : SERVICE_CLIENTS) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            SECRETS.put(client, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
            clients.append("    - id: ").append(client).append("\n      secret-sha256: ")
                    .append(HexFormat.of().formatHex(ServiceClients.sha256(SECRETS.get(client)))).append('\n');
        }
        auth = start(new AuthServiceDefinition(), clients.toString());
        String trustAuth = """
                security:
                  jwks-url: %s/api/v1/auth/.well-known/jwks.json
                """.formatted(auth.baseUrl());
        character = start(new CharacterServiceDefinition(), trustAuth);
        economy = start(new EconomyServiceDefinition(), trustAuth + """
                services:
                  auth:
                    url: %s
                  character:
                    url: %s
                  client:
                    secret: %s
                """.formatted(auth.baseUrl(), character.baseUrl(), SECRETS.get("economy-service")));
        gameplay = start(new GameplayServiceDefinition(), trustAuth + """
                services:
                  auth:
                    url: %s
                  character:
                    url: %s
                  world:
                    url: %s
                  economy:
                    url: %s
                  social:
                    url: %s
                  client:
                    secret: %s
                """.formatted(auth.baseUrl(), character.baseUrl(), NOWHERE, economy.baseUrl(), NOWHERE,
                SECRETS.get("gameplay-service")));
    }

    static synchronized void stop() {
        for (RunningService service : new RunningService[] {gameplay, economy, character, auth}) {
            if (service != null) {
                service.stop();
            }
        }
        gameplay = null;
        economy = null;
        character = null;
        auth = null;
    }

    /** One of the services on this classpath, with its own application.yaml under the overrides. */
    private static RunningService start(ServiceDefinition definition, String overridesYaml) {
        return ServiceRuntime.start(definition, ServiceConfig.forTests(definition, overridesYaml), CLOCK);
    }

    static ShiftableClock clock() {
        return CLOCK;
    }

    static RunningService auth() {
        return auth;
    }

    static RunningService character() {
        return character;
    }

    static RunningService economy() {
        return economy;
    }

    static RunningService gameplay() {
        return gameplay;
    }

    /**
     * A real service token auth issues to {@code clientId} (one of gameplay-service, ops-console), as the
     * provider presents it for a consumer that authenticates with client credentials.
     */
    static String serviceToken(String clientId) {
        String secret = SECRETS.get(clientId);
        if (secret == null) {
            throw new IllegalArgumentException("auth knows no service client " + clientId + " in this run");
        }
        try {
            return new KeysApi(authClient(null)).issueServiceToken(new ServiceTokenRequest().clientId(clientId)
                    .clientSecret(secret)).getAccessToken();
        } catch (com.necpgame.auth.client.ApiException e) {
            throw new IllegalStateException("auth refused a service token: " + e.getCode() + " "
                    + e.getResponseBody(), e);
        }
    }

    /** A new account of auth, registered and logged in as a game client does. */
    static Player newPlayer() {
        String username = "pilot_" + System.nanoTime() % 1_000_000_000L + "_" + SEQUENCE.incrementAndGet();
        try {
            UUID id = new AccountsApi(authClient(null)).register(new RegisterRequest().email(username + "@necp.test")
                    .username(username).password(PASSWORD)).getId();
            return login(new Player(id, username, PASSWORD, null));
        } catch (com.necpgame.auth.client.ApiException e) {
            throw new IllegalStateException("auth refused a player: " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    /** The same player with a fresh access token (after the clock moved by more than its 15 minutes). */
    static Player login(Player player) {
        try {
            String token = new SessionsApi(authClient(null)).login(new LoginRequest().login(player.username())
                    .password(player.password())).getAccessToken();
            return new Player(player.accountId(), player.username(), player.password(), token);
        } catch (com.necpgame.auth.client.ApiException e) {
            throw new IllegalStateException("auth refused a login: " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    /** A new NETRUNNER (STREET, Aldecaldos, Night City) of {@code player}, created at character-service. */
    static UUID newCharacter(Player player) {
        return newCharacter(player, CharacterClass.NETRUNNER);
    }

    static UUID newCharacter(Player player, CharacterClass characterClass) {
        StringBuilder name = new StringBuilder("Vex ");
        for (char digit : Integer.toString(SEQUENCE.incrementAndGet() + 1000).toCharArray()) {
            name.append((char) ('a' + digit - '0'));
        }
        try {
            return new CharactersApi(characterClient(player)).createCharacter(new CharacterCreateRequest()
                    .name(name.toString()).characterClass(characterClass).origin(CharacterOrigin.STREET)
                    .faction("aldecaldos").city("night-city")).getCharacterId();
        } catch (com.necpgame.character.client.ApiException e) {
            throw new IllegalStateException("character-service refused a character: " + e.getCode() + " "
                    + e.getResponseBody(), e);
        }
    }

    /** The operations console puts {@code quantity} pieces of {@code itemId} in the character's inventory. */
    static void grantItems(UUID characterId, String itemId, int quantity) {
        var client = new com.necpgame.economy.client.ApiClient();
        client.updateBaseUri(economy.baseUrl());
        String token = serviceToken("ops-console");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        try {
            new OperationsApi(client).grantOperatorFunds(UUID.randomUUID().toString(), new OperatorGrantRequest()
                    .characterId(characterId).itemStacks(List.of(new ItemStack().itemId(itemId).quantity(quantity)))
                    .note("Contract test set-up: items for a combat."));
        } catch (com.necpgame.economy.client.ApiException e) {
            throw new IllegalStateException("economy refused an operator grant: " + e.getCode() + " "
                    + e.getResponseBody(), e);
        }
    }

    /** auth's generated client, with {@code bearerToken} when not null. */
    static com.necpgame.auth.client.ApiClient authClient(String bearerToken) {
        var client = new com.necpgame.auth.client.ApiClient();
        client.updateBaseUri(auth.baseUrl());
        if (bearerToken != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearerToken));
        }
        return client;
    }

    /** character's generated client as {@code player} uses it. */
    static com.necpgame.character.client.ApiClient characterClient(Player player) {
        var client = new com.necpgame.character.client.ApiClient();
        client.updateBaseUri(character.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + player.accessToken()));
        return client;
    }

    /** gameplay's generated client as {@code player} uses it (to seed a state through gameplay's own API). */
    static com.necpgame.gameplay.client.ApiClient gameplayClient(Player player) {
        var client = new com.necpgame.gameplay.client.ApiClient();
        client.updateBaseUri(gameplay.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + player.accessToken()));
        return client;
    }

    /** What every state of a player hands the interaction: the access token and the account id. */
    static Map<String, Object> playerValues(Player player) {
        return Map.of("accessToken", player.accessToken(), "accountId", player.accountId().toString());
    }
}
