package com.necpgame.sdkexamples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.auth.AuthServiceDefinition;
import com.necpgame.auth.client.api.SessionsApi;
import com.necpgame.auth.client.model.LoginRequest;
import com.necpgame.character.CharacterServiceDefinition;
import com.necpgame.character.client.ApiClient;
import com.necpgame.character.client.api.CharactersApi;
import com.necpgame.character.client.model.Character;
import com.necpgame.platform.RunningService;
import com.necpgame.platform.ServiceConfig;
import com.necpgame.platform.ServiceRuntime;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.webserver.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs each SDK's example against the real auth-service and character-service (this JVM, random ports, the
 * embedded PostgreSQL; character verifies auth's tokens through auth's key set): the Java one with each service's
 * own URL, the TypeScript one through the gateway (one URL for both, as a game client has). Then checks through the
 * Java SDK, logged in as the example's player, that the character it created is there.
 */
class SdkExamplesTest {
    private static final String PASSWORD = "chrome-and-neon-2077";
    private static RunningService auth;
    private static RunningService character;
    private static WebServer gateway;

    @BeforeAll
    static void startBackend() {
        AuthServiceDefinition authDefinition = new AuthServiceDefinition();
        auth = ServiceRuntime.start(authDefinition, ServiceConfig.forTests(authDefinition, ""));
        CharacterServiceDefinition characterDefinition = new CharacterServiceDefinition();
        character = ServiceRuntime.start(characterDefinition, ServiceConfig.forTests(characterDefinition, """
                security:
                  jwks-url: %s/api/v1/auth/.well-known/jwks.json
                """.formatted(auth.baseUrl())));
        gateway = com.necpgame.gateway.GatewayServer.start(Config.builder().sources(ConfigSources.create(Map.of(
                        "server.port", "0", "server.host", "localhost",
                        "gateway.specs.0", "auth", "gateway.specs.1", "character",
                        "gateway.upstreams.auth", auth.baseUrl(),
                        "gateway.upstreams.characters", character.baseUrl())))
                .disableEnvironmentVariablesSource().disableSystemPropertiesSource().build());
    }

    @AfterAll
    static void stopBackend() {
        if (gateway != null) {
            gateway.stop();
        }
        if (character != null) {
            character.stop();
        }
        if (auth != null) {
            auth.stop();
        }
    }

    @Test
    void javaExamplePlaysTheCharacterFlow() throws Exception {
        String username = uniqueUsername("java");

        CharacterFlowExample.Outcome outcome =
                CharacterFlowExample.run(auth.baseUrl(), character.baseUrl(), username, PASSWORD);

        assertThat(outcome.refusedWithCode()).isEqualTo("CHARACTER_NAME_TAKEN");
        assertThat(outcome.allocationRefusedWithCode()).isEqualTo("NOT_ENOUGH_ATTRIBUTE_POINTS");
        assertCharacterOf(username, outcome.characterId(), outcome.characterName());
    }

    @Test
    void typescriptExamplePlaysTheCharacterFlow() throws Exception {
        Path script = Path.of(System.getProperty("ts-example.script", "target/ts-example/character-flow.js"));
        assertThat(script).as("the compiled TypeScript example (built by build-ts-example; not with -Dts-sdk.skip)")
                .isRegularFile();
        String username = uniqueUsername("ts");

        Path log = Files.createTempFile("ts-example", ".log");
        String gatewayUrl = "http://localhost:" + gateway.port();
        Process node = new ProcessBuilder(List.of("node", script.toString(), gatewayUrl, gatewayUrl, username))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished within 60 s").isTrue();
        List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
        Files.delete(log);
        System.out.println(String.join("\n", output));
        assertThat(node.exitValue()).as("exit of node %s; output:%n%s", script, String.join("\n", output)).isZero();

        assertThat(output).anySatisfy(line -> assertThat(line).startsWith("logged in as " + username));
        JsonNode summary = new ObjectMapper().readTree(output.getLast());
        assertThat(summary.path("refusedWithCode").asText()).isEqualTo("CHARACTER_NAME_TAKEN");
        assertThat(summary.path("allocationRefusedWithCode").asText()).isEqualTo("NOT_ENOUGH_ATTRIBUTE_POINTS");
        assertCharacterOf(username, UUID.fromString(summary.path("characterId").asText()),
                summary.path("characterName").asText());
    }

    /** Logs in as the example's player with the Java SDK and finds the character among the player's own. */
    private static void assertCharacterOf(String username, UUID characterId, String name) throws Exception {
        var authClient = new com.necpgame.auth.client.ApiClient();
        authClient.updateBaseUri(auth.baseUrl());
        String token = new SessionsApi(authClient).login(new LoginRequest().login(username).password(PASSWORD))
                .getAccessToken();
        ApiClient client = new ApiClient();
        client.updateBaseUri(character.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        List<Character> mine = new CharactersApi(client).listMyCharacters(null, null, null).getItems();
        assertThat(mine).singleElement().satisfies(c -> {
            assertThat(c.getCharacterId()).isEqualTo(characterId);
            assertThat(c.getName()).isEqualTo(name);
        });
    }

    private static String uniqueUsername(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
