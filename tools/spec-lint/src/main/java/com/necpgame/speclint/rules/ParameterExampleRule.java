package com.necpgame.speclint.rules;

import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.Located;
import com.necpgame.speclint.model.Operation;
import com.necpgame.speclint.model.Spec;

import java.util.HashSet;
import java.util.Set;

/** Every parameter an operation takes has an {@code example} (docs, mocks and generated tests use it). */
public final class ParameterExampleRule implements Rule {

    @Override
    public String id() {
        return "parameter-example";
    }

    @Override
    public void check(Spec spec, Reporter reporter) {
        Set<String> reported = new HashSet<>();
        for (Operation op : spec.operations()) {
            for (Located parameter : op.parameters()) {
                boolean hasExample = parameter.node().has("example") || parameter.node().path("examples").size() > 0;
                // A shared parameter is reported once, where it is defined (files in common/ are not linted).
                String where = spec.pointerOf(parameter, op.pointer() + "/parameters");
                if (!hasExample && parameter.file().equals(spec.file()) && reported.add(where)) {
                    reporter.report(spec, where, "parameter " + parameter.node().path("name").asText("?")
                            + " of operation " + op.name() + " has no example", "add example: <a realistic value>");
                }
            }
        }
    }
}
