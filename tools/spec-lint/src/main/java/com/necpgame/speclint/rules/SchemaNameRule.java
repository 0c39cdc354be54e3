package com.necpgame.speclint.rules;

import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.JsonPointers;
import com.necpgame.speclint.model.Spec;

/**
 * Named schemas are UpperCamelCase without a {@code Dto} suffix: they become Java class names, and the
 * generator appends {@code Dto} itself ({@code CharacterDto}), so {@code CharacterDto} would become
 * {@code CharacterDtoDto}.
 */
public final class SchemaNameRule implements Rule {

    @Override
    public String id() {
        return "schema-name";
    }

    @Override
    public void check(Spec spec, Reporter reporter) {
        spec.root().path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            String pointer = JsonPointers.of("components", "schemas", name);
            if (!name.matches("[A-Z][A-Za-z0-9]*")) {
                reporter.report(spec, pointer, "schema name " + name + " is not UpperCamelCase",
                        "rename it (and its $refs) to UpperCamelCase, e.g. ReefLot");
            } else if (name.endsWith("Dto")) {
                reporter.report(spec, pointer, "schema name " + name + " ends in Dto, which the generator adds itself",
                        "rename it (and its $refs) to " + name.substring(0, name.length() - 3));
            }
        });
    }
}
