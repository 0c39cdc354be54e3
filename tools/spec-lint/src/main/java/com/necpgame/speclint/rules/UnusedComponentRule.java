package com.necpgame.speclint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.JsonPointers;
import com.necpgame.speclint.model.Located;
import com.necpgame.speclint.model.SchemaWalker;
import com.necpgame.speclint.model.Spec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every component defined in a spec is used, transitively from its paths: a dead schema still becomes
 * a generated class that nobody calls, and misleads readers about what the API accepts.
 * Security schemes are used by name from {@code security} requirements, not by {@code $ref}.
 */
public final class UnusedComponentRule implements Rule {

    private static final List<String> SECTIONS = List.of("schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "securitySchemes");

    @Override
    public String id() {
        return "unused-component";
    }

    @Override
    public void check(Spec spec, Reporter reporter) {
        Set<String> used = usedLocalPointers(spec);
        collectSecuritySchemes(spec, used);
        JsonNode components = spec.root().path("components");
        for (String section : SECTIONS) {
            components.path(section).fieldNames().forEachRemaining(name -> {
                String pointer = JsonPointers.of("components", section, name);
                if (!used.contains(pointer)) {
                    reporter.report(spec, pointer, "component " + section + "/" + name
                                    + " is never referenced from the paths",
                            "remove it, or $ref it where it is meant to be used");
                }
            });
        }
    }

    /** Pointers into this spec's components reached from the paths through local {@code $ref}s. */
    private static Set<String> usedLocalPointers(Spec spec) {
        Set<String> used = new HashSet<>();
        Deque<Located> pending = new ArrayDeque<>();
        pending.add(spec.file().rootLocated().child("paths"));
        while (!pending.isEmpty()) {
            SchemaWalker.forEachRef(pending.pop(), holder -> {
                String ref = holder.node().get("$ref").asText();
                if (ref.startsWith("#/components/")) {
                    String component = componentPointer(ref.substring(1));
                    if (used.add(component)) {
                        pending.add(new Located(spec.file(), component, spec.root().at(component)));
                    }
                }
            });
        }
        return used;
    }

    /** {@code /components/schemas/A/properties/b} is a use of {@code /components/schemas/A}. */
    private static String componentPointer(String pointer) {
        String[] tokens = pointer.split("/", -1);
        return tokens.length < 4 ? pointer : String.join("/", tokens[0], tokens[1], tokens[2], tokens[3]);
    }

    private static void collectSecuritySchemes(Spec spec, Set<String> used) {
        List<JsonNode> requirementLists = new ArrayList<>();
        requirementLists.add(spec.root().path("security"));
        spec.operations().forEach(op -> requirementLists.add(op.node().path("security")));
        for (JsonNode requirements : requirementLists) {
            for (JsonNode requirement : requirements) {
                requirement.fieldNames().forEachRemaining(name ->
                        used.add(JsonPointers.of("components", "securitySchemes", name)));
            }
        }
    }
}
