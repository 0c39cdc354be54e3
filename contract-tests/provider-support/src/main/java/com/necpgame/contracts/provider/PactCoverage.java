package com.necpgame.contracts.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check that no call goes unpinned: every caller the provider's spec names in an operation's
 * {@code x-callers} (the table "Who calls whom" of specs/README.md) must have a pact with the provider with at
 * least one interaction calling that operation. Pact's own "no pacts found" only fails when a provider has no
 * pact at all; this fails when one caller or one operation is missing.
 */
public final class PactCoverage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PactCoverage() {
    }

    /**
     * Asserts the coverage of {@code provider} ({@code economy-service}), its spec read from the repository's
     * {@code specs/} (two levels above the module directory tests run in) and the pacts from the build's pact
     * folder.
     */
    public static void assertEveryCallerHasAPact(String provider) throws IOException {
        Path spec = Path.of("../../specs", provider.replaceFirst("-service$", "") + ".yaml");
        Path pacts = Path.of(System.getProperty("pact.rootDir", "../target/pacts"));
        assertThat(spec).as("the spec of " + provider).isRegularFile();
        assertThat(unpinned(spec, pacts, provider)).as("calls the spec's x-callers make with no pact interaction")
                .isEmpty();
    }

    /** Each (caller, operation) of the spec with no interaction, as "caller -> operationId (METHOD path)". */
    static List<String> unpinned(Path spec, Path pactDir, String provider) throws IOException {
        OpenAPI api = new OpenAPIV3Parser().read(spec.toString());
        List<Interaction> interactions = interactions(pactDir, provider);
        List<String> unpinned = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Pattern template = Pattern.compile(path.replaceAll("\\{[^}]+}", "[^/]+"));
            for (String caller : callers(operation)) {
                boolean pinned = interactions.stream().anyMatch(i -> i.consumer().equals(caller)
                        && i.method().equalsIgnoreCase(method.name()) && template.matcher(i.path()).matches());
                if (!pinned) {
                    unpinned.add(caller + " -> " + operation.getOperationId() + " (" + method + " " + path + ")");
                }
            }
        }));
        return unpinned;
    }

    private record Interaction(String consumer, String method, String path) {
    }

    private static List<String> callers(Operation operation) {
        Object callers = operation.getExtensions() == null ? null : operation.getExtensions().get("x-callers");
        return callers instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of();
    }

    private static List<Interaction> interactions(Path pactDir, String provider) throws IOException {
        List<Interaction> interactions = new ArrayList<>();
        if (!Files.isDirectory(pactDir)) {
            return interactions;
        }
        try (Stream<Path> files = Files.list(pactDir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode pact = JSON.readTree(file.toFile());
                if (!provider.equals(pact.at("/provider/name").asText())) {
                    continue;
                }
                for (JsonNode interaction : pact.path("interactions")) {
                    JsonNode request = interaction.path("request");
                    interactions.add(new Interaction(pact.at("/consumer/name").asText(),
                            request.path("method").asText(), request.path("path").asText()));
                }
            }
        }
        return interactions;
    }
}
