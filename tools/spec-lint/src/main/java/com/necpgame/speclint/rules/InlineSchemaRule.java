package com.necpgame.speclint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.Located;
import com.necpgame.speclint.model.Operation;
import com.necpgame.speclint.model.SchemaWalker;
import com.necpgame.speclint.model.Spec;
import com.necpgame.speclint.model.SpecFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bodies refer to named schemas, and nothing re-types a named schema inline: generated code gets one
 * class per named schema (an inline body object becomes an anonymous {@code InlineObject7}), and a
 * copy drifts from its original.
 * <p>
 * "Structurally equal" ignores annotations (description, example, title, ...) and the order of
 * {@code required}. Only named schemas with structure count (properties, items or enum): a named
 * primitive such as {@code TotalCount} ({@code integer, int64, minimum 0}) means something only where it
 * is used, and an experience counter of the same type is not a copy of it.
 */
public final class InlineSchemaRule implements Rule {

    private static final Set<String> ANNOTATIONS = Set.of("description", "example", "examples", "title",
            "externalDocs", "deprecated", "xml");

    @Override
    public String id() {
        return "inline-schema";
    }

    @Override
    public void check(Spec spec, Reporter reporter) {
        checkBodies(spec, reporter);
        checkCopies(spec, reporter);
    }

    private void checkBodies(Spec spec, Reporter reporter) {
        for (Operation op : spec.operations()) {
            op.requestBody().filter(body -> body.file().equals(spec.file()))
                    .ifPresent(body -> checkContent(spec, op, body, "request body", reporter));
            for (Map.Entry<String, Located> response : op.responses()) {
                if (!Operation.isError(response.getKey())) {
                    spec.loader().deref(response.getValue()).filter(r -> r.file().equals(spec.file()))
                            .ifPresent(r -> checkContent(spec, op, r, response.getKey() + " response", reporter));
                }
            }
        }
    }

    private void checkContent(Spec spec, Operation op, Located owner, String what, Reporter reporter) {
        Located content = owner.child("content");
        content.node().fieldNames().forEachRemaining(mediaType -> {
            Located schema = content.child(mediaType).child("schema");
            Located offending = schema;
            if (!schema.node().has("$ref") && schema.node().path("type").asText("").equals("array")) {
                offending = schema.child("items");
            }
            if (isInlineObject(offending.node())) {
                reporter.report(spec, offending.pointer(), "the " + what + " of operation " + op.name()
                                + " is an inline object schema",
                        "move it to components/schemas under a name and use $ref: '#/components/schemas/<Name>'");
            }
        });
    }

    private static boolean isInlineObject(JsonNode schema) {
        return schema.isObject() && !schema.has("$ref")
                && (schema.path("type").asText("").equals("object") || schema.has("properties"));
    }

    private void checkCopies(Spec spec, Reporter reporter) {
        Map<JsonNode, String> named = namedSchemas(spec);
        SchemaWalker.forEachSchema(spec.file(), schema -> {
            if (schema.node().has("$ref")) {
                return;
            }
            String match = named.get(normalize(schema.node()));
            String self = "#" + schema.pointer();
            if (match != null && !match.equals(self)) {
                reporter.report(spec, schema.pointer(), "this schema is a copy of the named schema " + match,
                        "replace it with $ref: '" + match + "'");
            }
        });
    }

    /** Named schemas with structure, local and of the shared files this spec refers to, by normal form. */
    private Map<JsonNode, String> namedSchemas(Spec spec) {
        // Shared files first: a local copy of a shared schema is reported as the copy, not the original.
        Set<SpecFile> files = new LinkedHashSet<>();
        SchemaWalker.forEachRef(spec.file().rootLocated(), holder ->
                spec.loader().resolve(spec.file(), holder.node().get("$ref").asText())
                        .filter(target -> !target.file().equals(spec.file()))
                        .ifPresent(target -> files.add(target.file())));
        files.add(spec.file());
        Map<JsonNode, String> named = new LinkedHashMap<>();
        for (SpecFile file : files) {
            String prefix = file.equals(spec.file()) ? "" : relativeRef(spec.file(), file);
            JsonNode schemas = file.root().path("components").path("schemas");
            schemas.fieldNames().forEachRemaining(name -> {
                JsonNode normal = normalize(schemas.get(name));
                if (hasStructure(normal)) {
                    named.putIfAbsent(normal, prefix + "#/components/schemas/" + name);
                }
            });
        }
        return named;
    }

    /** How {@code from} refers to {@code to}: {@code ./common/problem.yaml}. */
    private static String relativeRef(SpecFile from, SpecFile to) {
        String relative = from.path().getParent().relativize(to.path()).toString().replace('\\', '/');
        return relative.startsWith("..") ? relative : "./" + relative;
    }

    private static boolean hasStructure(JsonNode normal) {
        return normal.has("properties") || normal.has("items") || normal.has("enum");
    }

    /** The schema without annotations and with {@code required} sorted, recursively. */
    static JsonNode normalize(JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode normal = JsonNodeFactory.instance.objectNode();
        List<String> keys = new ArrayList<>();
        schema.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            JsonNode value = schema.get(key);
            if (ANNOTATIONS.contains(key) || key.startsWith("x-")) {
                continue;
            }
            switch (key) {
                case "properties" -> {
                    ObjectNode properties = normal.putObject("properties");
                    value.fieldNames().forEachRemaining(name -> properties.set(name, normalize(value.get(name))));
                }
                case "items", "not", "additionalProperties" -> normal.set(key, normalize(value));
                case "allOf", "oneOf", "anyOf" -> {
                    ArrayNode list = normal.putArray(key);
                    value.forEach(element -> list.add(normalize(element)));
                }
                case "required" -> {
                    ArrayNode sorted = normal.putArray(key);
                    Set<String> names = new TreeSet<>();
                    value.forEach(element -> names.add(element.asText()));
                    names.forEach(sorted::add);
                }
                default -> normal.set(key, value);
            }
        }
        return normal;
    }
}
