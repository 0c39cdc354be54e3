package com.necpgame.speclint;

import com.necpgame.speclint.model.JsonPointers;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Lints the fixture specs under src/test/resources/specs with chosen rules. */
final class Fixtures {

    static final Path SPECS = resource("specs");

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Findings of {@code rule} on the given specs (paths relative to the fixture specs directory). */
    static List<Finding> lint(Rule rule, String... specs) {
        List<Path> files = Arrays.stream(specs).map(SPECS::resolve).toList();
        return new Linter(List.of(rule)).lint(files, SPECS);
    }

    /** JSON pointer of an operation. */
    static String op(String path, String method) {
        return JsonPointers.of("paths", path, method);
    }
}
