package com.necpgame.speclint.rules;

import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.Operation;
import com.necpgame.speclint.model.Spec;

/** Every operation has a non-blank {@code summary} or {@code description} (one rule per field). */
public final class OperationTextRule implements Rule {

    private final String field;

    private OperationTextRule(String field) {
        this.field = field;
    }

    public static OperationTextRule summary() {
        return new OperationTextRule("summary");
    }

    public static OperationTextRule description() {
        return new OperationTextRule("description");
    }

    @Override
    public String id() {
        return "operation-" + field;
    }

    @Override
    public void check(Spec spec, Reporter reporter) {
        for (Operation op : spec.operations()) {
            if (op.node().path(field).asText("").isBlank()) {
                reporter.report(spec, op.pointer(), "operation " + op.name() + " has no " + field,
                        "add " + field + ": " + (field.equals("summary")
                                ? "a one-line statement of what it does"
                                : "what it does, its rules and the errors it raises"));
            }
        }
    }
}
