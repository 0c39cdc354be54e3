package com.necpgame.speclint.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.function.Consumer;

/**
 * Visits every schema written in one file: named schemas, and every {@code schema} of parameters,
 * headers and media types, each with its nested schemas ({@code properties}, {@code items}, ...).
 * Example values are skipped: they are data, not schemas.
 */
public final class SchemaWalker {

    private static final List<String> SCHEMA_LISTS = List.of("allOf", "oneOf", "anyOf");
    private static final List<String> SCHEMA_VALUES = List.of("items", "not", "additionalProperties");

    private SchemaWalker() {
    }

    public static void forEachSchema(SpecFile file, Consumer<Located> visitor) {
        walkDocument(file.rootLocated(), visitor);
    }

    private static void walkDocument(Located located, Consumer<Located> visitor) {
        JsonNode node = located.node();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walkDocument(located.element(i), visitor);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        node.fieldNames().forEachRemaining(key -> {
            if (key.equals("example") || key.equals("examples") || key.startsWith("x-")) {
                return;
            }
            Located child = located.child(key);
            if (key.equals("schema")) {
                walkSchema(child, visitor);
            } else if (key.equals("schemas") && located.pointer().equals("/components")) {
                child.node().fieldNames().forEachRemaining(name -> walkSchema(child.child(name), visitor));
            } else {
                walkDocument(child, visitor);
            }
        });
    }

    /** Visits {@code schema} and the schemas nested in it. */
    public static void walkSchema(Located schema, Consumer<Located> visitor) {
        if (!schema.node().isObject()) {
            return;
        }
        visitor.accept(schema);
        Located properties = schema.child("properties");
        properties.node().fieldNames().forEachRemaining(name -> walkSchema(properties.child(name), visitor));
        for (String key : SCHEMA_VALUES) {
            walkSchema(schema.child(key), visitor);
        }
        for (String key : SCHEMA_LISTS) {
            Located list = schema.child(key);
            for (int i = 0; i < list.node().size(); i++) {
                walkSchema(list.element(i), visitor);
            }
        }
    }

    /** Calls {@code visitor} with every {@code $ref} string in the subtree (example values skipped). */
    public static void forEachRef(Located located, Consumer<Located> visitor) {
        JsonNode node = located.node();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                forEachRef(located.element(i), visitor);
            }
        } else if (node.isObject()) {
            node.fieldNames().forEachRemaining(key -> {
                if (key.equals("$ref") && node.get(key).isTextual()) {
                    visitor.accept(located);
                } else if (!key.equals("example")) {
                    forEachRef(located.child(key), visitor);
                }
            });
        }
    }
}
