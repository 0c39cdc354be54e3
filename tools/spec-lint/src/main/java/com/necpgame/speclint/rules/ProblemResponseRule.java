package com.necpgame.speclint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.Located;
import com.necpgame.speclint.model.Operation;
import com.necpgame.speclint.model.Spec;

import java.util.Map;
import java.util.Optional;

/**
 * Every 4xx/5xx response has the one error shape: a ref to a response of {@code common/problem.yaml},
 * or content {@code application/problem+json} (only) whose schema refers to the common {@code Problem}.
 */
public final class ProblemResponseRule implements Rule {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String FIX = "use $ref: './common/problem.yaml#/components/responses/<BadRequest|Unauthorized|"
            + "Forbidden|NotFound|Conflict|UnprocessableEntity|Locked|TooManyRequests|ServiceUnavailable>'";

    @Override
    public String id() {
        return "problem-response";
    }

    @Override
    public void check(Spec spec, Reporter reporter) {
        for (Operation op : spec.operations()) {
            for (Map.Entry<String, Located> entry : op.responses()) {
                if (Operation.isError(entry.getKey())) {
                    problemOf(spec, entry.getValue()).ifPresent(problem -> reporter.report(spec,
                            entry.getValue().pointer(),
                            "the " + entry.getKey() + " response of operation " + op.name() + " " + problem, FIX));
                }
            }
        }
    }

    /** What is wrong with this error response, if anything. */
    private Optional<String> problemOf(Spec spec, Located response) {
        Optional<Located> resolved = spec.loader().deref(response);
        if (resolved.isEmpty()) {
            return Optional.of("refers to " + response.node().path("$ref").asText() + ", which does not resolve");
        }
        Located target = resolved.get();
        if (target.file().isCommon("problem.yaml") && target.pointer().startsWith("/components/responses/")) {
            return Optional.empty();
        }
        JsonNode content = target.node().path("content");
        if (content.size() != 1 || !content.has(PROBLEM_JSON)) {
            return Optional.of("is not served only as " + PROBLEM_JSON);
        }
        Optional<Located> schema = spec.loader().deref(target.child("content").child(PROBLEM_JSON).child("schema"));
        if (schema.isEmpty() || !schema.get().isCommon("problem.yaml", "/components/schemas/Problem")) {
            return Optional.of("does not use the shared Problem schema of common/problem.yaml");
        }
        return Optional.empty();
    }
}
