package com.necpgame.character;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.necpgame.character.client.ApiClient;
import com.necpgame.platform.RunningService;
import com.necpgame.platform.ServiceConfig;
import com.necpgame.platform.ServiceRuntime;
import com.necpgame.platform.testing.Http;
import com.necpgame.platform.testing.MutableClock;
import com.necpgame.platform.testing.TestTokenIssuer;

/**
 * The real character-service for one test class: application.yaml with a free port, the embedded PostgreSQL (a
 * fresh database per start), tokens from a stand-in of auth's key set, and a clock the test moves (tokens expire
 * by it too).
 */
final class TestCharacterService implements AutoCloseable {
    static final String BASE = "/api/v1/characters";
    private static final AtomicInteger NAMES = new AtomicInteger();

    final MutableClock clock = MutableClock.startingNow();
    final TestTokenIssuer tokens = new TestTokenIssuer(clock);
    final RunningService service;
    final Http http;

    /** A player: the account of an access token. */
    record Player(UUID accountId, String token) {
    }

    TestCharacterService() {
        service = ServiceRuntime.start(new CharacterServiceDefinition(), ServiceConfig.forTests(tokens.configYaml()),
                clock);
        http = new Http(service.baseUrl(), "character");
    }

    @Override
    public void close() {
        service.stop();
        tokens.close();
    }

    Player newPlayer() {
        UUID account = UUID.randomUUID();
        return new Player(account, tokens.player(account));
    }

    /** A fresh token of the same player (after the test moved the clock past the old one's expiry). */
    Player refreshed(Player player) {
        return new Player(player.accountId(), tokens.player(player.accountId()));
    }

    /** A name no other test of this JVM uses (letters, so it also passes for a name in tests of casing). */
    static String uniqueName() {
        int n = NAMES.incrementAndGet();
        StringBuilder name = new StringBuilder("Vex");
        for (int i = n; i > 0; i /= 26) {
            name.append((char) ('a' + i % 26));
        }
        return name + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
    }

    static String createBody(String name) {
        return """
                {"name":"%s","characterClass":"NETRUNNER","origin":"STREET","faction":"aldecaldos","city":"night-city"}
                """.formatted(name);
    }

    /** Creates a character with default attributes; returns its id. */
    UUID create(Player player) {
        return create(player, uniqueName());
    }

    UUID create(Player player, String name) {
        Http.Reply reply = http.post(BASE, createBody(name), player.token()).assertStatus(201);
        return UUID.fromString(reply.json().get("characterId").asText());
    }

    String serviceToken(String service) {
        return tokens.service(service);
    }

    /** The generated client, as a game client or another service would use it, with this bearer token. */
    ApiClient client(String bearer) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(service.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearer));
        return client;
    }

    static Map<String, String> idempotencyKey(String key) {
        return Map.of("Idempotency-Key", key);
    }
}
