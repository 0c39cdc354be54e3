package com.necpgame.speclint.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A service spec being linted: its file, the name findings use for it, and its operations. */
public record Spec(SpecFile file, String displayName, SpecLoader loader) {

    public static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    public JsonNode root() {
        return file.root();
    }

    public List<Operation> operations() {
        List<Operation> result = new ArrayList<>();
        Located paths = file.rootLocated().child("paths");
        paths.node().fieldNames().forEachRemaining(path -> {
            Located pathItem = paths.child(path);
            pathItem.node().fieldNames().forEachRemaining(method -> {
                if (HTTP_METHODS.contains(method)) {
                    result.add(new Operation(this, path, method, pathItem.child(method)));
                }
            });
        });
        return result;
    }

    /** {@code info.x-microservice.<field>} as text, empty when absent. */
    public Optional<String> microservice(String field) {
        JsonNode value = root().path("info").path("x-microservice").path(field);
        return value.isValueNode() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** Where a node should be reported: its own pointer when it lives in this spec, else {@code fallback}. */
    public String pointerOf(Located located, String fallback) {
        return located.file().equals(file) ? located.pointer() : fallback;
    }
}
