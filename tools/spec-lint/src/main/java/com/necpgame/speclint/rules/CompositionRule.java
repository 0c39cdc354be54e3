package com.necpgame.speclint.rules;

import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.SchemaWalker;
import com.necpgame.speclint.model.Spec;

import java.util.List;

/** No {@code allOf}/{@code oneOf}/{@code anyOf}: the Java generators in the build do not support composition. */
public final class CompositionRule implements Rule {

    private static final List<String> KEYWORDS = List.of("allOf", "oneOf", "anyOf");

    @Override
    public String id() {
        return "no-composition";
    }

    @Override
    public void check(Spec spec, Reporter reporter) {
        SchemaWalker.forEachSchema(spec.file(), schema -> {
            for (String keyword : KEYWORDS) {
                if (schema.node().has(keyword)) {
                    reporter.report(spec, schema.pointer() + "/" + keyword, "schema uses " + keyword
                                    + ", which the Java generators do not support",
                            "write one named object schema with all the properties (an enum field for variants)");
                }
            }
        });
    }
}
