package com.necpgame.speclint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.Located;
import com.necpgame.speclint.model.Operation;
import com.necpgame.speclint.model.Spec;

import java.util.Map;

/**
 * Request bodies and 2xx response bodies carry an {@code example} (or {@code examples}) at media-type
 * level: contract tests, mocks and the docs are built from them.
 */
public final class ExampleRules {

    private ExampleRules() {
    }

    public static Rule requestExample() {
        return new Rule() {
            @Override
            public String id() {
                return "request-example";
            }

            @Override
            public void check(Spec spec, Reporter reporter) {
                for (Operation op : spec.operations()) {
                    op.requestBody().ifPresent(body -> checkContent(spec, op, body,
                            op.pointer() + "/requestBody", "request body", reporter));
                }
            }
        };
    }

    public static Rule responseExample() {
        return new Rule() {
            @Override
            public String id() {
                return "response-example";
            }

            @Override
            public void check(Spec spec, Reporter reporter) {
                for (Operation op : spec.operations()) {
                    for (Map.Entry<String, Located> response : op.responses()) {
                        if (Operation.isSuccess(response.getKey())) {
                            spec.loader().deref(response.getValue()).ifPresent(resolved -> checkContent(spec, op,
                                    resolved, response.getValue().pointer(), response.getKey() + " response", reporter));
                        }
                    }
                }
            }
        };
    }

    private static void checkContent(Spec spec, Operation op, Located owner, String fallbackPointer,
                                     String what, Reporter reporter) {
        Located content = owner.child("content");
        content.node().fieldNames().forEachRemaining(mediaType -> {
            Located media = content.child(mediaType);
            JsonNode examples = media.node().path("examples");
            boolean hasExample = media.node().has("example") || (examples.isObject() && !examples.isEmpty());
            if (!hasExample) {
                reporter.report(spec, spec.pointerOf(media, fallbackPointer),
                        "the " + what + " (" + mediaType + ") of operation " + op.name() + " has no example",
                        "add example: with a realistic value next to its schema");
            }
        });
    }
}
