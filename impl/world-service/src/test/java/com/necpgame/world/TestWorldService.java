package com.necpgame.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import com.necpgame.character.CharacterServiceDefinition;
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
 * The real world-service for one test class, with the real character-service beside it (ownership checks go
 * through its generated client with real service tokens), stand-in receivers for economy's and social's pushes,
 * the embedded PostgreSQL (a fresh database per start) and a clock the test moves.
 */
final class TestWorldService implements AutoCloseable {
    static final String BASE = "/api/v1/world";
    static final String SERVER = "night-city-eu-1";
    static final String OTHER_SERVER = "badlands-eu-1";
    /** A third server only the tests configure, for tests that need one of their own. */
    static final String ARENA_SERVER = "dune-sea-1";

    final MutableClock clock = MutableClock.startingNow();
    final TestTokenIssuer tokens = new TestTokenIssuer(clock);
    final StandInReceivers receivers = new StandInReceivers();
    final RunningService characterService;
    final RunningService service;
    final Http http;
    final Http characterHttp;

    record Player(UUID accountId, String token) {
    }

    TestWorldService() {
        characterService = ServiceRuntime.start(new CharacterServiceDefinition(), characterConfig(), clock);
        service = ServiceRuntime.start(new WorldServiceDefinition(), ServiceConfig.forTests(worldYaml(
                characterService.baseUrl())), clock);
        http = new Http(service.baseUrl(), "world");
        characterHttp = new Http(characterService.baseUrl(), "character");
    }

    /** The test issuer's settings plus where character, economy and social are; expired climate effects fast. */
    String worldYaml(String characterUrl) {
        return """
                world:
                  servers:
                    dune-sea-1:
                      name: Dune Sea 1
                  throne-of-sand:
                    climate-expiry-interval: PT0.2S
                """ + tokens.configYaml().replace("services:\n", """
                services:
                  character:
                    url: %s
                  economy:
                    url: %s
                  social:
                    url: %s
                """.formatted(characterUrl, receivers.baseUrl(), receivers.baseUrl()));
    }

    @Override
    public void close() {
        service.stop();
        characterService.stop();
        receivers.close();
        tokens.close();
    }

    String operator() {
        return tokens.service("ops-console");
    }

    String gameplay() {
        return tokens.service("gameplay-service");
    }

    Player newPlayer() {
        UUID account = UUID.randomUUID();
        return new Player(account, tokens.player(account));
    }

    /** A character of {@code player}, created through character-service's API. */
    UUID createCharacter(Player player) {
        String body = """
                {"name":"%s","characterClass":"NOMAD","origin":"NOMAD","faction":"aldecaldos","city":"night-city"}
                """.formatted(name());
        return UUID.fromString(characterHttp.post("/api/v1/characters", body, player.token()).assertStatus(201).json()
                .get("characterId").asText());
    }

    /** Delivers due outbox messages now (the relay would within its poll interval). */
    void relay() {
        service.context().outbox().relayOnce();
    }

    /** Waits (at most 10 s) for {@code condition}, relaying the outbox meanwhile. */
    void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition not met within 10 s").isBefore(deadline);
            relay();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static Map<String, String> idempotencyKey(String key) {
        return Map.of("Idempotency-Key", key);
    }

    static String stateBody(long expectedVersion, String valueJson) {
        return """
                {"expectedVersion":%d,"value":%s,"reason":"Test change of the world."}
                """.formatted(expectedVersion, valueJson);
    }

    private static String name() {
        StringBuilder name = new StringBuilder("Wld");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 12; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    /**
     * character-service's own configuration: ServiceConfig.forTests reads the first application.yaml on the
     * classpath, which in this module is world-service's, so the one in character-service's jar is read here.
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
