package com.necpgame.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Pact versus spec: every interaction of every pact, request and response (path, method, parameters, headers,
 * body schema, status), against its provider's OpenAPI spec ({@code specs/<domain>.yaml} for provider
 * {@code <domain>-service}), with the swagger-request-validator the platform validates requests with. So no
 * consumer pins what the spec does not promise.
 */
public final class PactConformance {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path specs;
    private final Map<String, OpenApiInteractionValidator> validators = new HashMap<>();

    public PactConformance(Path specs) {
        this.specs = specs;
    }

    /** Every violation in the pacts of {@code pactDir}, as "pact: interaction: message". */
    public List<String> violations(Path pactDir) throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.list(pactDir)) {
            for (Path pact : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                violations.addAll(violations(pact.getFileName().toString(), JSON.readTree(pact.toFile())));
            }
        }
        return violations;
    }

    List<String> violations(String name, JsonNode pact) {
        String provider = pact.at("/provider/name").asText();
        Path spec = specs.resolve(provider.replaceFirst("-service$", "") + ".yaml");
        if (!Files.exists(spec)) {
            return List.of(name + ": no spec " + spec + " for provider " + provider);
        }
        OpenApiInteractionValidator validator = validators.computeIfAbsent(provider, p ->
                OpenApiInteractionValidator.createForSpecificationUrl(spec.toUri().toString())
                        .withLevelResolver(LevelResolver.create()
                                // pacts carry an example token; the platform checks real ones
                                .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                                .withLevel("validation.request.accept", ValidationReport.Level.IGNORE)
                                .build())
                        .build());
        List<String> violations = new ArrayList<>();
        for (JsonNode interaction : pact.path("interactions")) {
            ValidationReport report = validator.validate(request(interaction.path("request")),
                    response(interaction.path("response")));
            for (ValidationReport.Message message : report.getMessages()) {
                if (message.getLevel() == ValidationReport.Level.ERROR) {
                    violations.add(name + ": " + interaction.path("description").asText() + ": " + message.getMessage());
                }
            }
        }
        return violations;
    }

    private static Request request(JsonNode request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.path("method").asText(),
                request.path("path").asText());
        request.path("query").properties().forEach(q -> builder.withQueryParam(q.getKey(), values(q.getValue())));
        request.path("headers").properties().forEach(h -> builder.withHeader(h.getKey(), values(h.getValue())));
        body(request).ifPresent(builder::withBody);
        return builder.build();
    }

    private static SimpleResponse response(JsonNode response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.path("status").asInt());
        response.path("headers").properties().forEach(h -> builder.withHeader(h.getKey(), values(h.getValue())));
        body(response).ifPresent(builder::withBody);
        return builder.build();
    }

    private static java.util.Optional<String> body(JsonNode message) {
        JsonNode body = message.path("body");
        if (body.isMissingNode() || body.isNull()) {
            return java.util.Optional.empty();
        }
        JsonNode content = body.has("content") ? body.path("content") : body;
        return java.util.Optional.of(content.isTextual() ? content.asText() : content.toString());
    }

    private static List<String> values(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        } else {
            values.add(node.asText());
        }
        return values;
    }
}
