package com.necpgame.economy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.necpgame.character.CharacterServiceDefinition;
import com.necpgame.economy.client.ApiClient;
import com.necpgame.platform.RunningService;
import com.necpgame.platform.ServiceConfig;
import com.necpgame.platform.ServiceRuntime;
import com.necpgame.platform.testing.Http;
import com.necpgame.platform.testing.MutableClock;
import com.necpgame.platform.testing.TestTokenIssuer;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;

/**
 * The real economy-service for one test class, with the real character-service beside it (owner checks go through
 * its getCharacterSnapshot with real service tokens), both on the embedded PostgreSQL, tokens from a stand-in of
 * auth's key set, and one clock the test moves.
 */
final class TestEconomy implements AutoCloseable {
    static final String BASE = "/api/v1/economy";
    static final String OPERATOR = "ops-console";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    final MutableClock clock = MutableClock.startingNow();
    final TestTokenIssuer tokens = new TestTokenIssuer(clock);
    final RunningService characterService;
    final RunningService service;
    final Http http;
    final Http characterHttp;

    /** A player with one character. */
    record Player(UUID accountId, String token, UUID characterId) {
    }

    TestEconomy() {
        this("PT0.1S");
    }

    /** {@code settlementInterval}: how often the settlement job runs (real time). */
    TestEconomy(String settlementInterval) {
        characterService = ServiceRuntime.start(new CharacterServiceDefinition(), characterConfig(), clock);
        characterHttp = new Http(characterService.baseUrl(), "character");
        service = ServiceRuntime.start(new EconomyServiceDefinition(), ServiceConfig.forTests(tokens.configYaml()
                + "  character:\n    url: " + characterService.baseUrl() + "\n"
                + "economy:\n  settlement-interval: " + settlementInterval + "\n"), clock);
        http = new Http(service.baseUrl(), "economy");
    }

    @Override
    public void close() {
        service.stop();
        characterService.stop();
        tokens.close();
    }

    /** A new account with one character created through character-service's API. */
    Player newPlayer() {
        UUID account = UUID.randomUUID();
        String token = tokens.player(account);
        return new Player(account, token, newCharacter(token));
    }

    /** Another character of the same account. */
    UUID newCharacter(String token) {
        String body = """
                {"name":"%s","characterClass":"NOMAD","origin":"NOMAD","faction":"aldecaldos","city":"night-city"}
                """.formatted(name());
        return UUID.fromString(characterHttp.post("/api/v1/characters", body, token).assertStatus(201)
                .json().get("characterId").asText());
    }

    /** A fresh token of the same player (after the test moved the clock past the old one's expiry). */
    Player refreshed(Player player) {
        return new Player(player.accountId(), tokens.player(player.accountId()), player.characterId());
    }

    /** Schedules a season opening in a minute and lasting {@code days}, then moves the clock into it. */
    void openSeason(String seasonId, int days) {
        java.time.Instant opens = clock.instant().plusSeconds(60);
        http.post(BASE + "/reef-exchange/seasons", """
                {"seasonId":"%s","name":"Season %s","opensAt":"%s","closesAt":"%s"}
                """.formatted(seasonId, seasonId, opens, opens.plus(java.time.Duration.ofDays(days))),
                operatorToken()).assertStatus(201);
        clock.advance(java.time.Duration.ofSeconds(61));
    }

    /** Lists {@code itemId} x1 of the seller on the season; returns the lot's id. */
    UUID listLot(Player seller, String seasonId, String itemId, long startingBid, Long buyout, int hours) {
        String body = """
                {"sellerCharacterId":"%s","item":{"itemId":"%s","quantity":1},"startingBid":%d,%s"durationHours":%d}
                """.formatted(seller.characterId(), itemId, startingBid,
                buyout == null ? "" : "\"buyoutPrice\":" + buyout + ",", hours);
        return UUID.fromString(http.send("POST", BASE + "/reef-exchange/seasons/" + seasonId + "/lots", body,
                seller.token(), key()).assertStatus(201).json().get("lotId").asText());
    }

    Http.Reply bid(Player bidder, UUID lotId, long amount) {
        return bid(bidder, lotId, amount, key());
    }

    Http.Reply bid(Player bidder, UUID lotId, long amount, Map<String, String> key) {
        return http.send("POST", BASE + "/reef-exchange/lots/" + lotId + "/bids",
                "{\"bidderCharacterId\":\"" + bidder.characterId() + "\",\"amount\":" + amount + "}",
                bidder.token(), key);
    }

    com.fasterxml.jackson.databind.JsonNode lot(UUID lotId, String token) {
        return http.get(BASE + "/reef-exchange/lots/" + lotId, token).assertStatus(200).json();
    }

    /** Waits (up to 10 s of real time) for the settlement job to make {@code condition} true. */
    void await(java.util.function.BooleanSupplier condition) {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting for the settlement job");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    void deleteCharacter(Player player) {
        characterHttp.delete("/api/v1/characters/" + player.characterId(), player.token()).assertStatus(200);
    }

    String operatorToken() {
        return tokens.service(OPERATOR);
    }

    String serviceToken(String service) {
        return tokens.service(service);
    }

    /** Mints through the operator grant, as support and test set-up do. */
    void fund(UUID characterId, String currency, long amount) {
        grant(characterId, "\"currencies\":[{\"currency\":\"" + currency + "\",\"amount\":" + amount + "}]");
    }

    void giveItems(UUID characterId, String itemId, int quantity) {
        grant(characterId, "\"itemStacks\":[{\"itemId\":\"" + itemId + "\",\"quantity\":" + quantity + "}]");
    }

    private void grant(UUID characterId, String what) {
        http.send("POST", BASE + "/operations/grants", "{\"characterId\":\"" + characterId + "\"," + what + "}",
                operatorToken(), key()).assertStatus(201);
    }

    long available(Player player, String currency) {
        return balance(player, currency, "available");
    }

    long escrowed(Player player, String currency) {
        return balance(player, currency, "escrowed");
    }

    private long balance(Player player, String currency, String which) {
        var balances = http.get(BASE + "/characters/" + player.characterId() + "/wallet", player.token())
                .assertStatus(200).json().get("balances");
        for (var b : balances) {
            if (b.get("currency").asText().equals(currency)) {
                return b.get(which).asLong();
            }
        }
        throw new AssertionError("no " + currency + " in wallet");
    }

    /** The books as the operator sees them; fails the test when they do not balance. */
    void assertBooksBalance() {
        var invariant = http.get(BASE + "/operations/invariant", operatorToken()).assertStatus(200).json();
        if (!invariant.get("balanced").asBoolean()) {
            throw new AssertionError("the books do not balance: " + invariant);
        }
    }

    static Map<String, String> key() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }

    /** A key named by the test, unique to this JVM run (keys are at least 8 characters). */
    static Map<String, String> key(String name) {
        return Map.of("Idempotency-Key", RUN + "-" + name);
    }

    /** The generated client, as a game client would use it, with this bearer token. */
    ApiClient client(String bearer) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(service.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearer));
        return client;
    }

    private static String name() {
        StringBuilder name = new StringBuilder("Eco");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 12; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    /**
     * character-service's own configuration: ServiceConfig.forTests reads the first application.yaml on the
     * classpath, which in this module is economy-service's, so the one in character-service's jar is read here.
     */
    private Config characterConfig() {
        try {
            URL yaml = Collections.list(getClass().getClassLoader().getResources("application.yaml")).stream()
                    .filter(url -> url.toString().contains("character-service")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("character-service's application.yaml not found"));
            String text;
            try (InputStream in = yaml.openStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Config.builder()
                    .sources(ConfigSources.create(tokens.configYaml(), MediaTypes.APPLICATION_X_YAML),
                            ConfigSources.create(Map.of("server.port", "0", "server.host", "localhost")),
                            ConfigSources.create(text, MediaTypes.APPLICATION_X_YAML))
                    .disableEnvironmentVariablesSource()
                    .disableSystemPropertiesSource()
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
