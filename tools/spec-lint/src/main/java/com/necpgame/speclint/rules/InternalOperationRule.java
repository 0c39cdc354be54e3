package com.necpgame.speclint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.Operation;
import com.necpgame.speclint.model.Spec;

import java.util.Optional;

/**
 * Service-to-service operations live under {@code <base-path>/internal/} if and only if they say
 * {@code x-necp-internal: true}, name their calling services in {@code x-callers}, and are protected
 * (the gateway and the platform key on both the path and the flag, so they must agree).
 * The OpenAPI-common {@code x-internal} is refused: openapi-generator silently drops operations
 * marked with it, so neither the server stub nor the client method would exist.
 */
public final class InternalOperationRule implements Rule {

    private static final String CALLER = "[a-z][a-z0-9]*-service";
    static final String FLAG = "x-necp-internal";
    private static final String GENERATOR_DROPPED_FLAG = "x-internal";

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
            if (op.node().has(GENERATOR_DROPPED_FLAG)) {
                reporter.report(spec, op.pointer() + "/" + GENERATOR_DROPPED_FLAG, "operation " + op.name()
                                + " uses x-internal, which makes openapi-generator drop it from stubs and clients",
                        "write " + FLAG + ": true instead");
            }
            boolean flagged = op.node().path(FLAG).isBoolean() && op.node().path(FLAG).asBoolean();
            if (underInternal && !flagged) {
                reporter.report(spec, op.pointer(), "operation " + op.name() + " is under " + internalPrefix
                        + " but lacks " + FLAG + ": true", "add " + FLAG + ": true and x-callers: [<calling>-service]");
            } else if (flagged && !underInternal) {
                reporter.report(spec, op.pointer() + "/" + FLAG, "operation " + op.name()
                                + " is " + FLAG + ": true but its path is not under " + internalPrefix,
                        "move the path under " + internalPrefix + " or drop " + FLAG);
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
