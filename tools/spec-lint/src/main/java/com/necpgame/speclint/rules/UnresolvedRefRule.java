package com.necpgame.speclint.rules;

import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.SchemaWalker;
import com.necpgame.speclint.model.Spec;

/** Every {@code $ref} resolves: to a file next to the spec (or in common/) and a pointer that exists in it. */
public final class UnresolvedRefRule implements Rule {

    @Override
    public String id() {
        return "unresolved-ref";
    }

    @Override
    public void check(Spec spec, Reporter reporter) {
        SchemaWalker.forEachRef(spec.file().rootLocated(), holder -> {
            String ref = holder.node().get("$ref").asText();
            if (spec.loader().resolve(spec.file(), ref).isEmpty()) {
                reporter.report(spec, holder.pointer() + "/$ref", "$ref " + ref + " does not resolve",
                        "point it at an existing file (relative to the spec) and an existing JSON pointer");
            }
        });
    }
}
