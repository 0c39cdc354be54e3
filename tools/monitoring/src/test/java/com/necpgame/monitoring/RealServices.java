package com.necpgame.monitoring;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import com.necpgame.character.CharacterServiceDefinition;
import com.necpgame.economy.EconomyServiceDefinition;
import com.necpgame.gameplay.GameplayServiceDefinition;
import com.necpgame.platform.RunningService;
import com.necpgame.platform.ServiceConfig;
import com.necpgame.platform.ServiceRuntime;
import com.necpgame.platform.testing.MutableClock;
import com.necpgame.platform.testing.TestTokenIssuer;

/**
 * The services whose metrics the rules and dashboards use, for real on the embedded PostgreSQL: character-service
 * (the platform's metrics), economy-service (the ledger gauges; it checks owners at character-service) and
 * gameplay-service (quest_session_concurrency); tokens from a stand-in of auth's key set.
 */
final class RealServices implements AutoCloseable {
    final MutableClock clock = MutableClock.startingNow();
    final TestTokenIssuer tokens = new TestTokenIssuer(clock);
    final RunningService character;
    final RunningService economy;
    final RunningService gameplay;
    private final HttpClient http = HttpClient.newHttpClient();

    RealServices() {
        character = ServiceRuntime.start(new CharacterServiceDefinition(),
                ServiceConfig.forTests(new CharacterServiceDefinition(), tokens.configYaml()), clock);
        // The ledger check on every scrape (its default is at most every 30 s), so the test sees each change.
        economy = ServiceRuntime.start(new EconomyServiceDefinition(), ServiceConfig.forTests(new EconomyServiceDefinition(),
                tokens.configYaml() + "  character:\n    url: " + character.baseUrl() + "\n"
                        + "economy:\n  metrics:\n    ledger-check-max-age: PT0S\n"), clock);
        gameplay = ServiceRuntime.start(new GameplayServiceDefinition(),
                ServiceConfig.forTests(new GameplayServiceDefinition(), tokens.configYaml()), clock);
    }

    PrometheusText metrics(RunningService service) throws IOException, InterruptedException {
        return new PrometheusText(send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/observe/metrics"))
                .header("Accept", "text/plain").build()).body());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A character of a new player, created through character-service's API. */
    UUID newCharacter() throws IOException, InterruptedException {
        String body = """
                {"name":"Mon%s","characterClass":"NOMAD","origin":"NOMAD","faction":"aldecaldos","city":"night-city"}
                """.formatted(UUID.randomUUID().toString().substring(0, 8));
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(character.baseUrl() + "/api/v1/characters"))
                .header("Authorization", "Bearer " + tokens.player(UUID.randomUUID()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (reply.statusCode() != 201) {
            throw new AssertionError("createCharacter: " + reply.statusCode() + " " + reply.body());
        }
        var matcher = java.util.regex.Pattern.compile("\"characterId\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(reply.body());
        if (!matcher.find()) {
            throw new AssertionError("no characterId in " + reply.body());
        }
        return UUID.fromString(matcher.group(1));
    }

    @Override
    public void close() {
        gameplay.stop();
        economy.stop();
        character.stop();
        tokens.close();
    }
}
