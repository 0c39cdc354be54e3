package com.necpgame.speclint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.Operation;
import com.necpgame.speclint.model.Spec;

import java.util.HashSet;
import java.util.Set;

/**
 * Exactly one tag per operation (the server generator makes one class per tag, so a second tag
 * would route the operation twice), declared in the top-level {@code tags} with a description.
 */
public final class OperationTagRule implements Rule {

    @Override
    public String id() {
        return "operation-tag";
    }

    @Override
    public void check(Spec spec, Reporter reporter) {
        Set<String> declared = new HashSet<>();
        for (JsonNode tag : spec.root().path("tags")) {
            if (!tag.path("description").asText("").isBlank()) {
                declared.add(tag.path("name").asText());
            }
        }
        for (Operation op : spec.operations()) {
            JsonNode tags = op.node().path("tags");
            if (!tags.isArray() || tags.isEmpty()) {
                reporter.report(spec, op.pointer(), "operation " + op.name() + " has no tag",
                        "add exactly one tag, e.g. tags: [auctions]");
            } else if (tags.size() > 1) {
                reporter.report(spec, op.pointer() + "/tags", "operation " + op.name() + " has " + tags.size()
                                + " tags; the server generator would route it once per tag",
                        "keep exactly one tag");
            } else if (!declared.contains(tags.get(0).asText())) {
                reporter.report(spec, op.pointer() + "/tags/0", "tag " + tags.get(0).asText()
                                + " of operation " + op.name() + " is not declared in the top-level tags with a description",
                        "add - {name: " + tags.get(0).asText() + ", description: ...} to the top-level tags");
            }
        }
    }
}
