package com.necpgame.gameplay;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.necpgame.auth.AuthServiceDefinition;
import com.necpgame.auth.client.ApiException;
import com.necpgame.auth.client.api.AccountsApi;
import com.necpgame.auth.client.api.SessionsApi;
import com.necpgame.auth.client.model.LoginRequest;
import com.necpgame.auth.client.model.RegisterRequest;
import com.necpgame.auth.client.model.TokenPair;
import com.necpgame.auth.serviceclient.ServiceClients;
import com.necpgame.character.CharacterServiceDefinition;
import com.necpgame.platform.RunningService;
import com.necpgame.platform.ServiceConfig;
import com.necpgame.platform.ServiceDefinition;
import com.necpgame.platform.ServiceRuntime;
import com.necpgame.platform.testing.Http;
import com.necpgame.platform.testing.MutableClock;
import com.zaxxer.hikari.HikariDataSource;

/**
 * gameplay-service with what it calls, all real where they exist and in this JVM: auth-service (with a service
 * client gameplay-service whose secret is made up here), character-service (on a database of its own, so a test
 * can stop it and start it again on the same data), world/economy/social as {@link StandIns}; one clock for all,
 * and scripted dice.
 */
final class TestGameplay implements AutoCloseable {
    static final String BASE = "/api/v1/gameplay";
    static final String CHARACTERS = "/api/v1/characters";
    static final String PASSWORD = "chrome-and-neon-2077";
    private static final String GAMEPLAY_SECRET = "made-up-in-tests-" + UUID.randomUUID();
    private static final AtomicInteger DATABASES = new AtomicInteger();

    final MutableClock clock = MutableClock.startingNow();
    final ScriptedDice dice = new ScriptedDice();
    final StandIns standIns = new StandIns();
    final RunningService auth;
    private final String characterDbUrl;
    private volatile RunningService character;
    private volatile int characterPort;
    final RunningService gameplay;
    final Http http;

    /** A player: auth account and access token. */
    record Player(UUID accountId, String username, String token) {
    }

    TestGameplay() {
        String secretHash = HexFormat.of().formatHex(ServiceClients.sha256(GAMEPLAY_SECRET));
        auth = start(new AuthServiceDefinition(), """
                auth:
                  service-clients:
                    - id: gameplay-service
                      secret-sha256: %s
                """.formatted(secretHash), clock);
        characterDbUrl = createDatabase(auth, "character_for_gameplay_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid());
        character = startCharacter();
        gameplay = start(new GameplayServiceDefinition(dice), """
                security:
                  jwks-url: %1$s/api/v1/auth/.well-known/jwks.json
                services:
                  auth:
                    url: %1$s
                  character:
                    url: %2$s
                  client:
                    secret: %3$s
                %4$s
                """.formatted(auth.baseUrl(), character.baseUrl(), GAMEPLAY_SECRET,
                standIns.configYaml().replace("services:\n", "")), clock);
        http = new Http(gameplay.baseUrl(), "gameplay");
    }

    /** One of the services on this test classpath, with its own application.yaml under the overrides. */
    private static RunningService start(ServiceDefinition definition, String overridesYaml, java.time.Clock clock) {
        return ServiceRuntime.start(definition, ServiceConfig.forTests(definition, overridesYaml), clock);
    }

    private RunningService startCharacter() {
        // a restart listens where gameplay expects it
        RunningService started = start(new CharacterServiceDefinition(), """
                server:
                  port: %d
                security:
                  jwks-url: %s/api/v1/auth/.well-known/jwks.json
                db:
                  url: %s
                  username: postgres
                """.formatted(characterPort, auth.baseUrl(), characterDbUrl), clock);
        characterPort = started.port();
        return started;
    }

    void stopCharacter() {
        character.stop();
    }

    void restartCharacter() {
        character = startCharacter();
    }

    RunningService character() {
        return character;
    }

    Http authHttp() {
        return new Http(auth.baseUrl(), "auth");
    }

    Http characterHttp() {
        return new Http(character.baseUrl(), "character");
    }

    @Override
    public void close() {
        gameplay.stop();
        character.stop();
        auth.stop();
        standIns.close();
    }

    /** A registered, logged-in player of auth. */
    Player newPlayer() {
        String name = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var client = new com.necpgame.auth.client.ApiClient();
        client.updateBaseUri(auth.baseUrl());
        try {
            new AccountsApi(client).register(new RegisterRequest().email(name + "@necpgame.dev").username(name)
                    .password(PASSWORD));
            TokenPair tokens = new SessionsApi(client).login(new LoginRequest().login(name).password(PASSWORD));
            return new Player(tokens.getAccount().getId(), name, tokens.getAccessToken());
        } catch (ApiException e) {
            throw new IllegalStateException("auth refused a test player: " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    /** The same player with a fresh access token (tests that move the clock by more than its 15 minutes). */
    Player login(Player player) {
        var client = new com.necpgame.auth.client.ApiClient();
        client.updateBaseUri(auth.baseUrl());
        try {
            TokenPair tokens = new SessionsApi(client).login(new LoginRequest().login(player.username())
                    .password(PASSWORD));
            return new Player(player.accountId(), player.username(), tokens.getAccessToken());
        } catch (ApiException e) {
            throw new IllegalStateException("auth refused a test login: " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    /** Creates a character of {@code player} through character-service's API; returns its id. */
    UUID newCharacter(Player player) {
        StringBuilder name = new StringBuilder("Vex");
        for (char digit : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            name.append((char) ('a' + Character.digit(digit, 16)));
        }
        String body = """
                {"name":"%s","characterClass":"NETRUNNER","origin":"STREET","faction":"aldecaldos","city":"night-city"}
                """.formatted(name);
        Http.Reply reply = characterHttp().post(CHARACTERS, body, player.token()).assertStatus(201);
        return UUID.fromString(reply.json().get("characterId").asText());
    }

    /**
     * Delivers the outbox now until nothing is left undelivered (the relay thread would, within its poll interval;
     * it may hold a lease on a message this very moment, hence the wait), at most 5 seconds.
     */
    void relay() {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (gameplay.context().outbox().backlog() > 0 && System.nanoTime() < deadline) {
            if (gameplay.context().outbox().relayOnce() == 0) {
                sleep(Duration.ofMillis(50));
            }
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Moves the clock past the relay's backoff and delivers what is due. */
    void relayAfterBackoff() {
        clock.advance(Duration.ofMinutes(6));
        relay();
    }

    static Map<String, String> idempotencyKey(String key) {
        return Map.of("Idempotency-Key", key);
    }

    private static String createDatabase(RunningService onServer, String name) {
        String url = ((HikariDataSource) onServer.context().dataSource()).getJdbcUrl().split("\\?")[0];
        String serverUrl = url.substring(0, url.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return serverUrl + name;
    }
}
