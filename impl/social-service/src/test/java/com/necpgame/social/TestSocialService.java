package com.necpgame.social;

import java.net.URL;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.necpgame.character.CharacterServiceDefinition;
import com.necpgame.platform.RunningService;
import com.necpgame.platform.ServiceConfig;
import com.necpgame.platform.ServiceRuntime;
import com.necpgame.platform.testing.Http;
import com.necpgame.platform.testing.MutableClock;
import com.necpgame.platform.testing.TestTokenIssuer;

/**
 * The real social-service for one test class, with the real character-service next to it in this JVM (same token
 * issuer, same clock), a stand-in of economy-service's grantReward, and a fresh embedded database each. The
 * outbox relay and the cycle scheduler are slowed to an hour so the tests deliver and roll over when they say so.
 */
final class TestSocialService implements AutoCloseable {
    static final String BASE = "/api/v1/social";
    static final String NEON = BASE + "/events/neon-popularity-reset";

    final MutableClock clock = MutableClock.startingNow();
    final TestTokenIssuer tokens = new TestTokenIssuer(clock);
    final StandInEconomy economy = new StandInEconomy();
    final RunningService character;
    final SocialServiceDefinition definition = new SocialServiceDefinition();
    final RunningService service;
    final Http http;
    final Http characterHttp;

    /** A player: the account of an access token. */
    record Player(UUID accountId, String token) {
    }

    TestSocialService() {
        this(true);
    }

    /** {@code withCharacterService} false: character-service does not answer (its URL points nowhere). */
    TestSocialService(boolean withCharacterService) {
        CharacterServiceDefinition characterDefinition = new CharacterServiceDefinition();
        character = withCharacterService ? ServiceRuntime.start(characterDefinition,
                ServiceConfig.forTests(characterDefinition, tokens.configYaml()), clock) : null;
        characterHttp = character == null ? null : new Http(character.baseUrl(), "character");
        String characterUrl = character == null ? "http://localhost:1" : character.baseUrl();
        service = ServiceRuntime.start(definition, ServiceConfig.forTests(definition, socialYaml(characterUrl)), clock);
        http = new Http(service.baseUrl(), "social");
    }

    @Override
    public void close() {
        service.stop();
        if (character != null) {
            character.stop();
        }
        economy.close();
        tokens.close();
    }

    private String socialYaml(String characterUrl) {
        return """
                security:
                  jwks-url: %1$s%2$s
                services:
                  auth:
                    url: %1$s
                  client:
                    secret: %3$s
                  character:
                    url: %4$s
                  economy:
                    url: %5$s
                outbox:
                  poll-interval: PT1H
                social:
                  neon:
                    rollover-interval: PT1H
                    # Small thresholds, so that a few endorsements (25 points each) reach every tier.
                    tiers:
                      BRONZE:   {min-points: 1,   neon-merit: 300,  jun-coin: 0}
                      SILVER:   {min-points: 50,  neon-merit: 700,  jun-coin: 20}
                      GOLD:     {min-points: 75,  neon-merit: 1400, jun-coin: 50}
                      PLATINUM: {min-points: 150, neon-merit: 2400, jun-coin: 90}
                      DIAMOND:  {min-points: 200, neon-merit: 3600, jun-coin: 150, title: Mirror Sovereign, title-top-percent: 1}
                """.formatted(tokens.baseUrl(), TestTokenIssuer.JWKS_PATH, TestTokenIssuer.SERVICE_SECRET,
                characterUrl, economy.baseUrl());
    }

    /**
     * character-service's own application.yaml (from its jar: the classpath's first application.yaml is this
     * module's) under the token issuer's settings.
     */
    Player newPlayer() {
        UUID account = UUID.randomUUID();
        return new Player(account, tokens.player(account));
    }

    String operatorToken() {
        return tokens.service("ops-console");
    }

    /** A new character of {@code player}, created through character-service's API. */
    UUID newCharacter(Player player) {
        String body = """
                {"name":"%s","characterClass":"NETRUNNER","origin":"STREET","faction":"aldecaldos","city":"night-city"}
                """.formatted(uniqueName());
        Http.Reply reply = characterHttp.post("/api/v1/characters", body, tokens.player(player.accountId()))
                .assertStatus(201);
        return UUID.fromString(reply.json().get("characterId").asText());
    }

    /** A new player with one character. */
    Actor newActor() {
        Player player = newPlayer();
        return new Actor(player, newCharacter(player));
    }

    /** A player acting as one of its characters. */
    record Actor(Player player, UUID characterId) {
        String token() {
            return player.token();
        }

        Map<String, String> header() {
            return Map.of("X-Character-Id", characterId.toString());
        }
    }

    /** A request of {@code actor} (a fresh token: tests move the clock past old ones) as its character. */
    Http.Reply as(Actor actor, String method, String path, String body) {
        return http.send(method, path, body, token(actor), actor.header());
    }

    Http.Reply as(Actor actor, String method, String path, String body, Map<String, String> extraHeaders) {
        var headers = new java.util.HashMap<>(actor.header());
        headers.putAll(extraHeaders);
        return http.send(method, path, body, token(actor), headers);
    }

    /** A fresh access token of the actor's player. */
    String token(Actor actor) {
        return tokens.player(actor.player().accountId());
    }

    /** A second character of the same player. */
    Actor sibling(Actor actor) {
        Player player = new Player(actor.player().accountId(), token(actor));
        return new Actor(player, newCharacter(player));
    }

    static String uniqueName() {
        StringBuilder name = new StringBuilder("S");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 14; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    static String uniqueTag() {
        StringBuilder tag = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            tag.append((char) ('A' + random.nextInt(26)));
        }
        return tag.toString();
    }

    /** Founds a guild led by {@code leader}; returns its id. */
    UUID newGuild(Actor leader) {
        return newGuild(leader, "Guild " + uniqueName(), uniqueTag());
    }

    UUID newGuild(Actor leader, String name, String tag) {
        Http.Reply reply = as(leader, "POST", BASE + "/guilds",
                "{\"name\":\"%s\",\"tag\":\"%s\"}".formatted(name, tag)).assertStatus(201);
        return UUID.fromString(reply.json().get("guildId").asText());
    }

    void join(Actor member, UUID guildId) {
        as(member, "POST", BASE + "/guilds/" + guildId + "/members", null).assertStatus(201);
    }
}
