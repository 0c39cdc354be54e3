package com.necpgame.speclint.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One operation (path + HTTP method) of a spec, with the helpers the rules share. */
public record Operation(Spec spec, String path, String method, Located located) {

    public JsonNode node() {
        return located.node();
    }

    public String pointer() {
        return located.pointer();
    }

    /** The operationId, or {@code METHOD path} when it has none, for messages. */
    public String name() {
        String id = node().path("operationId").asText("");
        return id.isBlank() ? method.toUpperCase() + " " + path : id;
    }

    public boolean hasPathParameter() {
        return path.contains("{");
    }

    /** Path-level and operation-level parameters, each dereferenced (unresolvable ones are skipped). */
    public List<Located> parameters() {
        List<Located> result = new ArrayList<>();
        Located pathItem = spec.file().rootLocated().child("paths").child(path);
        for (Located owner : List.of(pathItem, located)) {
            Located params = owner.child("parameters");
            for (int i = 0; i < params.node().size(); i++) {
                spec.loader().deref(params.element(i)).ifPresent(result::add);
            }
        }
        return result;
    }

    /** True when some parameter is (a ref chain ending at) {@code common/<file>#/components/parameters/<name>}. */
    public boolean hasCommonParameter(String file, String name) {
        return parameters().stream().anyMatch(p -> p.isCommon(file, "/components/parameters/" + name));
    }

    /** The security requirements in effect: the operation's own, else the document's. */
    public JsonNode effectiveSecurity() {
        JsonNode own = node().get("security");
        return own != null ? own : spec.file().root().path("security");
    }

    /**
     * Protected means every alternative requires a scheme: an empty list, no list, or an empty
     * requirement object ({@code {}}, i.e. "anonymous allowed") all leave the operation open.
     */
    public boolean isProtected() {
        JsonNode security = effectiveSecurity();
        if (!security.isArray() || security.isEmpty()) {
            return false;
        }
        for (JsonNode requirement : security) {
            if (!requirement.isObject() || requirement.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Responses keyed by status code, as written (not dereferenced). */
    public List<Map.Entry<String, Located>> responses() {
        List<Map.Entry<String, Located>> result = new ArrayList<>();
        Located responses = located.child("responses");
        responses.node().fieldNames().forEachRemaining(code -> result.add(Map.entry(code, responses.child(code))));
        return result;
    }

    public Optional<Located> requestBody() {
        Located body = located.child("requestBody");
        return body.node().isMissingNode() ? Optional.empty() : spec.loader().deref(body);
    }

    public static boolean isSuccess(String code) {
        return code.startsWith("2");
    }

    public static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }
}
