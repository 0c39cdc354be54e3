package com.necpgame.speclint.rules;

import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.Operation;
import com.necpgame.speclint.model.Spec;

import java.util.regex.Pattern;

/** Every operation has an operationId in lowerCamelCase: the generators name methods after it. */
public final class OperationIdRule implements Rule {

    private static final Pattern LOWER_CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");

    @Override
    public String id() {
        return "operation-id";
    }

    @Override
    public void check(Spec spec, Reporter reporter) {
        for (Operation op : spec.operations()) {
            String id = op.node().path("operationId").asText("");
            if (id.isBlank()) {
                reporter.report(spec, op.pointer(), "operation " + op.name() + " has no operationId",
                        "add operationId: <verbNoun> in lowerCamelCase, unique over all specs");
            } else if (!LOWER_CAMEL_CASE.matcher(id).matches()) {
                reporter.report(spec, op.pointer() + "/operationId", "operationId " + id + " is not lowerCamelCase",
                        "rename it to lowerCamelCase, e.g. placeBid");
            }
        }
    }
}
