package com.necpgame.speclint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.Located;
import com.necpgame.speclint.model.Operation;
import com.necpgame.speclint.model.Spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every list is paginated the shared way: a 2xx body that is an object with an array {@code items}
 * needs the common {@code Page} and {@code Limit} parameters and {@code page}/{@code limit}/{@code total}
 * properties referring to the common {@code PageNumber}/{@code PageLimit}/{@code TotalCount}. A bare
 * array body can never be paginated (nowhere to put the total), so it is always a finding.
 */
public final class PaginationRule implements Rule {

    private static final String PAGINATION = "./common/pagination.yaml";
    private static final Map<String, String> PAGE_FIELDS =
            Map.of("page", "PageNumber", "limit", "PageLimit", "total", "TotalCount");

    @Override
    public String id() {
        return "pagination";
    }

    @Override
    public void check(Spec spec, Reporter reporter) {
        for (Operation op : spec.operations()) {
            for (Map.Entry<String, Located> response : op.responses()) {
                if (Operation.isSuccess(response.getKey())) {
                    spec.loader().deref(response.getValue()).ifPresent(resolved ->
                            checkResponse(spec, op, response.getKey(), resolved, reporter));
                }
            }
        }
    }

    private void checkResponse(Spec spec, Operation op, String status, Located response, Reporter reporter) {
        Located content = response.child("content");
        content.node().fieldNames().forEachRemaining(mediaType -> {
            Located schemaRef = content.child(mediaType).child("schema");
            Optional<Located> schema = spec.loader().deref(schemaRef);
            if (schema.isEmpty() || !schema.get().node().isObject()) {
                return;
            }
            String where = spec.pointerOf(schemaRef, op.pointer() + "/responses/" + status);
            if (isArray(schema.get().node())) {
                reporter.report(spec, where, "the " + status + " response of operation " + op.name()
                                + " is a bare array, which cannot be paginated",
                        "answer a named XxxPage object with items, page, limit, total (see common/pagination.yaml)");
                return;
            }
            Optional<Located> items = spec.loader().deref(schema.get().child("properties").child("items"));
            if (items.isPresent() && isArray(items.get().node())) {
                checkParameters(spec, op, reporter);
                checkPageSchema(spec, op, schema.get(), where, reporter);
            }
        });
    }

    private void checkParameters(Spec spec, Operation op, Reporter reporter) {
        for (String parameter : List.of("Page", "Limit")) {
            if (!op.hasCommonParameter("pagination.yaml", parameter)) {
                reporter.report(spec, op.pointer(), "list operation " + op.name() + " lacks the shared "
                                + parameter + " parameter",
                        "add - $ref: '" + PAGINATION + "#/components/parameters/" + parameter + "'");
            }
        }
    }

    private void checkPageSchema(Spec spec, Operation op, Located page, String fallback, Reporter reporter) {
        String where = spec.pointerOf(page, fallback);
        PAGE_FIELDS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(field -> {
            Located property = page.child("properties").child(field.getKey());
            Optional<Located> target = spec.loader().deref(property);
            boolean shared = property.node().has("$ref") && target.isPresent()
                    && target.get().isCommon("pagination.yaml", "/components/schemas/" + field.getValue());
            if (!shared) {
                reporter.report(spec, where, "the page of list operation " + op.name() + " has no property "
                                + field.getKey() + " referring to the shared " + field.getValue(),
                        "add " + field.getKey() + ": {$ref: '" + PAGINATION + "#/components/schemas/"
                                + field.getValue() + "'}");
            }
        });
        JsonNode required = page.node().path("required");
        for (String name : List.of("items", "page", "limit", "total")) {
            if (!containsText(required, name)) {
                reporter.report(spec, where, "the page of list operation " + op.name() + " does not require "
                        + name, "list it in required: [items, page, limit, total]");
            }
        }
    }

    private static boolean isArray(JsonNode schema) {
        return schema.path("type").asText("").equals("array");
    }

    private static boolean containsText(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (element.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
