package com.necpgame.negative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Requests that break one operation's spec in exactly one way each, made from the spec itself: a valid request
 * (path and required parameters from their examples or formats, the body from its example) with one thing
 * broken. Every one of them must be refused with 400.
 */
final class BadRequests {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request to send: what is broken, and the request. */
    record Case(String broken, String method, String path, Map<String, String> headers, String body) {
    }

    private final String method;
    private final String pathTemplate;
    private final List<Parameter> parameters;
    private final Schema<?> bodySchema;
    private final JsonNode bodyExample;

    BadRequests(String method, String pathTemplate, Operation operation, List<Parameter> pathItemParameters) {
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.parameters = new ArrayList<>(pathItemParameters == null ? List.of() : pathItemParameters);
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        MediaType json = operation.getRequestBody() == null || operation.getRequestBody().getContent() == null ? null
                : operation.getRequestBody().getContent().get("application/json");
        this.bodySchema = json == null ? null : json.getSchema();
        this.bodyExample = json == null || json.getExample() == null ? null : JSON.valueToTree(json.getExample());
    }

    /** The request with nothing broken: the control that proves each case breaks one thing only. */
    Case valid() {
        return request("nothing", Map.of(), Map.of(), Map.of(), body());
    }

    /** Every single-fault request of this operation. */
    List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Parameter parameter : parameters) {
            String bad = badValue(parameter.getSchema());
            if (bad == null) {
                continue;
            }
            switch (parameter.getIn()) {
                case "path" -> cases.add(request("path " + parameter.getName() + " = " + bad,
                        Map.of(parameter.getName(), bad), Map.of(), Map.of(), body()));
                case "query" -> cases.add(request("query " + parameter.getName() + " = " + bad, Map.of(),
                        Map.of(parameter.getName(), bad), Map.of(), body()));
                default -> { }
            }
            if (Boolean.TRUE.equals(parameter.getRequired()) && !"path".equals(parameter.getIn())) {
                Case missing = request("required " + parameter.getIn() + " " + parameter.getName() + " missing",
                        Map.of(), Map.of(), Map.of(parameter.getName(), ""), body());
                cases.add(missing);
            }
        }
        if (bodySchema != null && bodyExample != null) {
            cases.add(request("malformed JSON", Map.of(), Map.of(), Map.of(), "{\"unterminated"));
            if (!"array".equals(bodySchema.getType())) {
                cases.add(request("a JSON array for an object body", Map.of(), Map.of(), Map.of(), "[]"));
            }
            if (bodyExample.isObject()) {
                ObjectNode unknown = bodyExample.deepCopy();
                unknown.put("propertyTheSpecDoesNotName", 1);
                if (!Boolean.TRUE.equals(bodySchema.getAdditionalProperties())) {
                    cases.add(request("an unknown property", Map.of(), Map.of(), Map.of(), unknown.toString()));
                }
                bodyCases(cases);
            }
        }
        return cases;
    }

    private void bodyCases(List<Case> cases) {
        if (bodySchema.getRequired() != null) {
            for (String required : bodySchema.getRequired()) {
                ObjectNode without = bodyExample.deepCopy();
                without.remove(required);
                cases.add(request("required property " + required + " missing", Map.of(), Map.of(), Map.of(),
                        without.toString()));
            }
        }
        if (bodySchema.getProperties() == null) {
            return;
        }
        bodySchema.getProperties().forEach((name, schema) -> {
            ObjectNode wrongType = bodyExample.deepCopy();
            switch (String.valueOf(schema.getType())) {
                case "string" -> wrongType.put(name, 12345);
                case "integer", "number", "boolean" -> wrongType.put(name, "not-a-" + schema.getType());
                case "object", "array" -> wrongType.put(name, 5);
                default -> {
                    return;
                }
            }
            cases.add(request("property " + name + " of the wrong type", Map.of(), Map.of(), Map.of(),
                    wrongType.toString()));
            if (schema.getMaximum() != null && "integer".equals(schema.getType())) {
                ObjectNode tooBig = bodyExample.deepCopy();
                tooBig.put(name, schema.getMaximum().longValue() + 1);
                cases.add(request("property " + name + " above its maximum", Map.of(), Map.of(), Map.of(),
                        tooBig.toString()));
            }
            if (schema.getMaxLength() != null && "string".equals(schema.getType()) && schema.getEnum() == null) {
                ObjectNode tooLong = bodyExample.deepCopy();
                tooLong.put(name, "x".repeat(schema.getMaxLength() + 1));
                cases.add(request("property " + name + " longer than " + schema.getMaxLength(), Map.of(), Map.of(),
                        Map.of(), tooLong.toString()));
            }
        });
    }

    /** A valid request with the given overrides; {@code dropHeaders} names headers to leave out. */
    private Case request(String broken, Map<String, String> pathOverrides, Map<String, String> queryOverrides,
                         Map<String, String> dropped, String body) {
        String path = pathTemplate;
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            String value = goodValue(parameter);
            switch (parameter.getIn()) {
                case "path" -> path = path.replace("{" + parameter.getName() + "}",
                        pathOverrides.getOrDefault(parameter.getName(), value));
                case "query" -> {
                    if (queryOverrides.containsKey(parameter.getName())) {
                        query.put(parameter.getName(), queryOverrides.get(parameter.getName()));
                    } else if (Boolean.TRUE.equals(parameter.getRequired()) && !dropped.containsKey(parameter.getName())) {
                        query.put(parameter.getName(), value);
                    }
                }
                case "header" -> {
                    if (Boolean.TRUE.equals(parameter.getRequired()) && !dropped.containsKey(parameter.getName())) {
                        headers.put(parameter.getName(), value);
                    }
                }
                default -> { }
            }
        }
        StringBuilder target = new StringBuilder(path);
        query.forEach((name, value) -> target.append(target.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
        return new Case(broken, method, target.toString(), headers, body);
    }

    private String body() {
        return bodyExample == null ? null : bodyExample.toString();
    }

    private static String goodValue(Parameter parameter) {
        if (parameter.getExample() != null) {
            return String.valueOf(parameter.getExample());
        }
        Schema<?> schema = parameter.getSchema();
        if (schema.getExample() != null) {
            return String.valueOf(schema.getExample());
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return String.valueOf(schema.getEnum().getFirst());
        }
        if ("uuid".equals(schema.getFormat()) || "Idempotency-Key".equals(parameter.getName())) {
            return UUID.randomUUID().toString();
        }
        return switch (String.valueOf(schema.getType())) {
            case "integer", "number" -> schema.getMinimum() != null ? schema.getMinimum().toPlainString() : "1";
            case "boolean" -> "true";
            default -> schema.getPattern() != null ? "q-neon-ghosts" : "value";
        };
    }

    /** A value the schema refuses, or null when none is obvious. */
    private static String badValue(Schema<?> schema) {
        if (schema == null) {
            return null;
        }
        if ("uuid".equals(schema.getFormat())) {
            return "not-a-uuid";
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return "NOT_IN_THE_ENUM";
        }
        return switch (String.valueOf(schema.getType())) {
            case "integer" -> schema.getMaximum() != null ? String.valueOf(schema.getMaximum().longValue() + 1) : "abc";
            case "boolean" -> "maybe";
            case "string" -> schema.getPattern() != null && schema.getPattern().startsWith("^[a-z0-9]") ? "Not_A_Slug" : null;
            default -> null;
        };
    }
}
