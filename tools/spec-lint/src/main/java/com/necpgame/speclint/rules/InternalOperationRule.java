package com.necpgame.speclint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.Operation;
import com.necpgame.speclint.model.Spec;

import java.util.Optional;

/**
 * Service-to-service operations live under {@code <base-path>/internal/} if and only if they say
 * {@code x-internal: true}, name their calling services in {@code x-callers}, and are protected
 * (the gateway and the platform key on both the path and the flag, so they must agree).
 */
public final class InternalOperationRule implements Rule {

    private static final String CALLER = "[a-z][a-z0-9]*-service";

    @Override
    public String id() {
        return "internal-operation";
    }

    @Override
    public void check(Spec spec, Reporter reporter) {
        Optional<String> basePath = spec.microservice("base-path");
        if (basePath.isEmpty()) {
            return;
        }
        String internalPrefix = basePath.get() + "/internal/";
        for (Operation op : spec.operations()) {
            boolean underInternal = op.path().startsWith(internalPrefix);
            boolean flagged = op.node().path("x-internal").asBoolean(false)
                    && op.node().path("x-internal").isBoolean();
            if (underInternal && !flagged) {
                reporter.report(spec, op.pointer(), "operation " + op.name() + " is under " + internalPrefix
                        + " but lacks x-internal: true", "add x-internal: true and x-callers: [<calling>-service]");
            } else if (flagged && !underInternal) {
                reporter.report(spec, op.pointer() + "/x-internal", "operation " + op.name()
                                + " is x-internal: true but its path is not under " + internalPrefix,
                        "move the path under " + internalPrefix + " or drop x-internal");
            }
            if (flagged) {
                checkCallers(spec, op, reporter);
                if (!op.isProtected()) {
                    reporter.report(spec, op.pointer(), "internal operation " + op.name() + " is not protected",
                            "remove its security override so that bearerAuth (service token) applies");
                }
            }
        }
    }

    private void checkCallers(Spec spec, Operation op, Reporter reporter) {
        JsonNode callers = op.node().path("x-callers");
        if (!callers.isArray() || callers.isEmpty()) {
            reporter.report(spec, op.pointer(), "internal operation " + op.name() + " has no x-callers",
                    "add x-callers: [<calling>-service, ...] (see Who calls whom in specs/README.md)");
            return;
        }
        for (int i = 0; i < callers.size(); i++) {
            if (!callers.get(i).isTextual() || !callers.get(i).asText().matches(CALLER)) {
                reporter.report(spec, op.pointer() + "/x-callers/" + i, "x-callers entry " + callers.get(i)
                        + " of operation " + op.name() + " is not a service name", "write it like gameplay-service");
            }
        }
    }
}
