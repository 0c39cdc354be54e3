package com.necpgame.platform.spec;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import io.swagger.v3.core.util.Yaml;

/**
 * The fast path of request validation: every operation's parameter and body schemas compiled once at start
 * (networknt json-schema-validator, OpenAPI 3.0 dialect, formats asserted), so a request costs one walk of its
 * values and nothing for an operation without parameters or body.
 *
 * <p>It only ever says "valid" or "not sure": a request it cannot vouch for (any violation, and whatever it does not
 * model: unknown query parameters, other media types, parameter styles it does not parse) goes to
 * swagger-request-validator, which decides and words the 400. It must never accept what that validator refuses;
 * {@code validation.cross-check} (on in every test) runs both and fails the request when they disagree.
 */
final class CompiledRequestCheck {
    private static final String BASE = "https://necp.invalid/spec";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern ARRAY_INDEX = Pattern.compile("\\d+");

    private final Map<String, OperationCheck> operations;

    private CompiledRequestCheck(Map<String, OperationCheck> operations) {
        this.operations = operations;
    }

    /** Compiles every operation of the bundled spec {@code specText}; fails at start on a schema it cannot read. */
    static CompiledRequestCheck compile(String specText) {
        JsonNode document;
        try {
            // JSON is YAML too, but a JSON reader takes a fraction of the time
            document = (specText.stripLeading().startsWith("{") ? JSON : Yaml.mapper()).readTree(specText);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The bundled spec is neither JSON nor YAML", e);
        }
        closeObjects(document);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect(), builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        // One schema resource for the whole document, every operation's schemas taken from it: asked for by
        // location ("#/paths/..."), the registry keeps a copy of the document for each (130 MB of heap for economy).
        Schema root = registry.getSchema(SchemaLocation.of(BASE), document);
        Map<String, OperationCheck> operations = new HashMap<>();
        document.path("paths").properties().forEach(path -> {
            JsonNode item = path.getValue();
            for (String method : List.of("get", "put", "post", "delete", "patch", "head", "options")) {
                JsonNode operation = item.get(method);
                if (operation != null) {
                    String pointer = "/paths/" + escape(path.getKey()) + "/" + method;
                    operations.put(key(method, path.getKey()),
                            OperationCheck.of(root, document, PathTemplate.of(path.getKey()), item, operation,
                                    pointer));
                }
            }
        });
        return new CompiledRequestCheck(Map.copyOf(operations));
    }

    /** Whether {@code input} of {@code operation} certainly matches the spec; false means "ask the full validator". */
    boolean vouchesFor(ApiOperation operation, RequestValidator.Input input) {
        OperationCheck check = operations.get(key(operation.method().text(), operation.pathTemplate()));
        return check != null && check.vouchesFor(input);
    }

    private static String key(String method, String pathTemplate) {
        return method.toUpperCase() + " " + pathTemplate;
    }

    /** OpenAPI 3.0's schema dialect, with int32/int64 ranges asserted and the document's own keys known. */
    private static Dialect dialect() {
        Dialect.Builder builder = Dialect.builder(Dialects.getOpenApi30())
                .format(new IntegerRange("int32", Integer.MIN_VALUE, Integer.MAX_VALUE))
                .format(new IntegerRange("int64", Long.MIN_VALUE, Long.MAX_VALUE));
        for (String key : List.of("openapi", "info", "servers", "paths", "components", "security", "tags",
                "externalDocs")) {
            builder.keyword(new NonValidationKeyword(key));
        }
        return builder.build();
    }

    /**
     * As swagger-request-validator does by default: a schema with {@code properties} and neither
     * {@code additionalProperties} nor a {@code discriminator} takes no other properties (a misspelt optional field
     * is refused, not dropped).
     */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object && object.get("properties") instanceof ObjectNode
                && !object.has("additionalProperties") && !object.has("discriminator")) {
            object.put("additionalProperties", false);
        }
        node.forEach(CompiledRequestCheck::closeObjects);
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A parameter or body schema, compiled. */
    private static Schema schema(Schema root, String pointer) {
        NodePath path = new NodePath(PathType.JSON_POINTER);
        for (String token : pointer.substring(1).split("/")) {
            String name = token.replace("~1", "/").replace("~0", "~");
            path = ARRAY_INDEX.matcher(name).matches() ? path.append(Integer.parseInt(name)) : path.append(name);
        }
        Schema schema = root.getSubSchema(path);
        schema.initializeValidators();
        return schema;
    }

    /** {@code node}, or what its {@code $ref} (inside this document) points to. */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; current.has("$ref") && depth < 10; depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalStateException("The bundled spec has an external $ref: " + ref);
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }

    private static String pointerOf(JsonNode node, String inlinePointer) {
        return node.has("$ref") ? node.get("$ref").asText().substring(1) : inlinePointer;
    }

    /** The checks of one operation. */
    private record OperationCheck(PathTemplate template, List<ParameterCheck> parameters,
                                  Optional<BodyCheck> body) {

        static OperationCheck of(Schema root, JsonNode document, PathTemplate template, JsonNode item,
                                 JsonNode operation, String operationPointer) {
            // Operation parameters override path-level ones of the same name and location.
            Map<String, ParameterCheck> parameters = new LinkedHashMap<>();
            addParameters(root, document, item.path("parameters"),
                    operationPointer.substring(0, operationPointer.lastIndexOf('/')) + "/parameters", parameters);
            addParameters(root, document, operation.path("parameters"), operationPointer + "/parameters",
                    parameters);
            Optional<BodyCheck> body = Optional.empty();
            if (operation.has("requestBody")) {
                JsonNode requestBody = operation.get("requestBody");
                String pointer = pointerOf(requestBody, operationPointer + "/requestBody");
                JsonNode resolved = resolve(document, requestBody);
                Map<String, Schema> media = new LinkedHashMap<>();
                resolved.path("content").properties().forEach(content -> {
                    if (content.getValue().has("schema")) {
                        media.put(content.getKey(), schema(root,
                                pointer + "/content/" + escape(content.getKey()) + "/schema"));
                    }
                });
                body = Optional.of(new BodyCheck(resolved.path("required").asBoolean(false), Map.copyOf(media)));
            }
            return new OperationCheck(template, List.copyOf(parameters.values()), body);
        }

        private static void addParameters(Schema root, JsonNode document, JsonNode list,
                                          String listPointer, Map<String, ParameterCheck> into) {
            for (int i = 0; i < list.size(); i++) {
                JsonNode declared = list.get(i);
                String pointer = pointerOf(declared, listPointer + "/" + i);
                JsonNode parameter = resolve(document, declared);
                String in = parameter.path("in").asText();
                String name = parameter.path("name").asText();
                JsonNode schemaNode = parameter.path("schema");
                String type = resolve(document, schemaNode).path("type").asText("");
                String itemType = resolve(document, resolve(document, schemaNode).path("items")).path("type")
                        .asText("");
                boolean modelled = parameter.has("schema") && !parameter.has("content")
                        && parameter.path("style").asText(defaultStyle(in)).equals(defaultStyle(in))
                        && parameter.path("explode").asBoolean(in.equals("query")) == in.equals("query");
                into.put(in + ":" + name, new ParameterCheck(in, name, parameter.path("required").asBoolean(false),
                        type, itemType, modelled ? schema(root, pointer + "/schema") : null));
            }
        }

        private static String defaultStyle(String in) {
            return in.equals("query") ? "form" : "simple";
        }

        boolean vouchesFor(RequestValidator.Input input) {
            if (!input.query().isEmpty() && !knowsEveryQueryParameter(input.query())) {
                return false;
            }
            List<String> segments = parameters.isEmpty() ? List.of() : PathTemplate.split(input.path());
            for (ParameterCheck parameter : parameters) {
                if (!parameter.vouchesFor(values(parameter, input, segments))) {
                    return false;
                }
            }
            if (body.isEmpty()) {
                return input.body().isEmpty();
            }
            return body.get().vouchesFor(input);
        }

        private boolean knowsEveryQueryParameter(Map<String, List<String>> query) {
            for (String name : query.keySet()) {
                boolean known = false;
                for (ParameterCheck parameter : parameters) {
                    known |= parameter.in().equals("query") && parameter.name().equals(name);
                }
                if (!known) {
                    return false;
                }
            }
            return true;
        }

        private List<String> values(ParameterCheck parameter, RequestValidator.Input input, List<String> segments) {
            return switch (parameter.in()) {
                case "path" -> {
                    int index = template.segments().indexOf("{" + parameter.name() + "}");
                    yield index < 0 || index >= segments.size() ? List.of() : List.of(segments.get(index));
                }
                case "query" -> input.query().getOrDefault(parameter.name(), List.of());
                case "header" -> header(input.headers(), parameter.name());
                default -> null; // cookies: not modelled
            };
        }
    }

    static List<String> header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return List.of();
    }

    /** One parameter: present when required, and its value, read as its schema's type, valid against it. */
    private record ParameterCheck(String in, String name, boolean required, String type, String itemType,
                                  Schema schema) {

        boolean vouchesFor(List<String> values) {
            if (values == null || schema == null) {
                return false;
            }
            if (values.isEmpty()) {
                return !required;
            }
            JsonNode value;
            if (type.equals("array")) {
                ArrayNode array = NODES.arrayNode();
                for (String item : values) {
                    JsonNode typed = typed(itemType, item);
                    if (typed == null) {
                        return false;
                    }
                    array.add(typed);
                }
                value = array;
            } else {
                value = values.size() == 1 ? typed(type, values.getFirst()) : null;
            }
            return value != null && schema.validate(value).isEmpty();
        }

        /** The parameter's text as a JSON value of {@code type}; null when it does not read as one. */
        private static JsonNode typed(String type, String text) {
            try {
                return switch (type) {
                    case "string" -> NODES.textNode(text);
                    case "integer" -> NODES.numberNode(Long.parseLong(text));
                    case "number" -> NODES.numberNode(new BigDecimal(text));
                    case "boolean" -> text.equals("true") || text.equals("false")
                            ? NODES.booleanNode(Boolean.parseBoolean(text)) : null;
                    default -> null;
                };
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** The body: there when required, of a declared media type, valid JSON that matches that type's schema. */
    private record BodyCheck(boolean required, Map<String, Schema> media) {

        boolean vouchesFor(RequestValidator.Input input) {
            if (input.body().isEmpty() || input.body().get().length == 0) {
                return !required && input.body().isEmpty();
            }
            List<String> contentType = header(input.headers(), "Content-Type");
            if (contentType.size() != 1) {
                return false;
            }
            String type = contentType.getFirst();
            int parameters = type.indexOf(';');
            Schema schema = media.get((parameters < 0 ? type : type.substring(0, parameters)).trim().toLowerCase());
            if (schema == null) {
                return false;
            }
            try {
                return schema.validate(JSON.readTree(input.body().get())).isEmpty();
            } catch (java.io.IOException notJson) {
                return false;
            }
        }
    }

    /** OpenAPI's int32/int64: an integer within the range (other types are the type keyword's business). */
    private record IntegerRange(String name, long min, long max) implements Format {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean matches(ExecutionContext context, SchemaContext schemaContext, JsonNode value) {
            if (!value.isNumber()) {
                return true;
            }
            if (!value.isIntegralNumber()) {
                return false;
            }
            return value.canConvertToLong() && value.longValue() >= min && value.longValue() <= max;
        }
    }
}
