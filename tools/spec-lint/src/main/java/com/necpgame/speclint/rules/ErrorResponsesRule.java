package com.necpgame.speclint.rules;

import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.Operation;
import com.necpgame.speclint.model.Spec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every operation lists the errors every client must handle: 400 always, 401 and 403 when protected,
 * 404 when the path names a resource by id. No 500: the platform never answers one on purpose.
 */
public final class ErrorResponsesRule implements Rule {

    @Override
    public String id() {
        return "error-responses";
    }

    @Override
    public void check(Spec spec, Reporter reporter) {
        for (Operation op : spec.operations()) {
            Map<String, String> required = new LinkedHashMap<>();
            required.put("400", "BadRequest");
            if (op.isProtected()) {
                required.put("401", "Unauthorized");
                required.put("403", "Forbidden");
            }
            if (op.hasPathParameter()) {
                required.put("404", "NotFound");
            }
            String responses = op.pointer() + "/responses";
            required.forEach((status, name) -> {
                if (!op.node().path("responses").has(status)) {
                    reporter.report(spec, responses, "operation " + op.name() + " lacks the " + status + " response",
                            "add '" + status + "': {$ref: './common/problem.yaml#/components/responses/" + name + "'}");
                }
            });
            if (op.node().path("responses").has("500")) {
                reporter.report(spec, responses + "/500", "operation " + op.name() + " declares a 500 response",
                        "remove it: the platform never answers 500 on purpose; declare 503 for unavailable dependencies");
            }
        }
    }
}
