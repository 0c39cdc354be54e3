package com.necpgame.speclint.rules;

import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.Operation;
import com.necpgame.speclint.model.Spec;

/** An operation open to anonymous callers must be on {@link PublicOperations}; all others need bearerAuth. */
public final class SecurityRule implements Rule {

    @Override
    public String id() {
        return "unprotected-operation";
    }

    @Override
    public void check(Spec spec, Reporter reporter) {
        String domain = spec.microservice("domain").orElse("");
        for (Operation op : spec.operations()) {
            String operationId = op.node().path("operationId").asText("");
            if (!op.isProtected() && !PublicOperations.isPublic(domain, operationId)) {
                reporter.report(spec, op.pointer(), "operation " + op.name()
                                + " can be called without a token and is not on the public list (" + PublicOperations.describe() + ")",
                        "remove its security override (the top-level security: [{bearerAuth: []}] applies), "
                                + "or, if it must be public, change the public list in the linter and specs/README.md");
            }
        }
    }
}
