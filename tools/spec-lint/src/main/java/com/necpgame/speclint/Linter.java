package com.necpgame.speclint;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.speclint.model.Spec;
import com.necpgame.speclint.model.SpecLoader;
import com.necpgame.speclint.rules.CompositionRule;
import com.necpgame.speclint.rules.ConsistentIdRule;
import com.necpgame.speclint.rules.DuplicateOperationIdRule;
import com.necpgame.speclint.rules.ErrorResponsesRule;
import com.necpgame.speclint.rules.ExampleRules;
import com.necpgame.speclint.rules.InlineSchemaRule;
import com.necpgame.speclint.rules.InternalOperationRule;
import com.necpgame.speclint.rules.MicroserviceRule;
import com.necpgame.speclint.rules.OperationIdRule;
import com.necpgame.speclint.rules.OperationTagRule;
import com.necpgame.speclint.rules.OperationTextRule;
import com.necpgame.speclint.rules.PaginationRule;
import com.necpgame.speclint.rules.ParameterExampleRule;
import com.necpgame.speclint.rules.ProblemResponseRule;
import com.necpgame.speclint.rules.SchemaNameRule;
import com.necpgame.speclint.rules.SecurityRule;
import com.necpgame.speclint.rules.UnresolvedRefRule;
import com.necpgame.speclint.rules.UnusedComponentRule;
import com.necpgame.speclint.rules.ValueMovingRules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads specs and runs the rules over them; the order of findings is stable (file, pointer, rule). */
public final class Linter {

    /** Not a convention but a precondition: the other rules read the document as OpenAPI 3.0.3. */
    public static final String OPENAPI_VERSION = "openapi-version";

    private final List<Rule> rules;

    public Linter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static List<Rule> allRules() {
        return List.of(
                new OperationIdRule(),
                new OperationTagRule(),
                OperationTextRule.summary(),
                OperationTextRule.description(),
                ExampleRules.requestExample(),
                ExampleRules.responseExample(),
                new ParameterExampleRule(),
                new ErrorResponsesRule(),
                new ProblemResponseRule(),
                new PaginationRule(),
                new MicroserviceRule(),
                new SecurityRule(),
                new InternalOperationRule(),
                ValueMovingRules.idempotencyKey(),
                ValueMovingRules.flag(),
                ValueMovingRules.replayedHeader(),
                new UnusedComponentRule(),
                new InlineSchemaRule(),
                new CompositionRule(),
                new SchemaNameRule(),
                new UnresolvedRefRule(),
                new DuplicateOperationIdRule(),
                new ConsistentIdRule());
    }

    /**
     * Lints the given spec files.
     *
     * @param files       the specs
     * @param displayBase findings name files relative to it (when they are under it)
     * @throws com.necpgame.speclint.model.SpecParseException when a spec or a file it refers to is not YAML
     */
    public List<Finding> lint(List<Path> files, Path displayBase) {
        SpecLoader loader = new SpecLoader();
        List<Finding> findings = new ArrayList<>();
        List<Spec> specs = new ArrayList<>();
        for (Path file : files) {
            Spec spec = new Spec(loader.load(file), displayName(file, displayBase), loader);
            if (isOpenApi303(spec, findings)) {
                specs.add(spec);
            }
        }
        for (Rule rule : rules) {
            Reporter reporter = (spec, pointer, message, fix) ->
                    findings.add(new Finding(spec.displayName(), pointer, rule.id(), message, fix));
            for (Spec spec : specs) {
                rule.check(spec, reporter);
            }
            rule.checkAll(specs, reporter);
        }
        findings.sort(Finding.ORDER);
        return findings;
    }

    private static boolean isOpenApi303(Spec spec, List<Finding> findings) {
        JsonNode root = spec.root();
        String version = root.path("openapi").asText("");
        if (!root.isObject() || !version.equals("3.0.3")) {
            findings.add(new Finding(spec.displayName(), "/openapi", OPENAPI_VERSION,
                    "the file is not an OpenAPI 3.0.3 document (openapi: " + (version.isEmpty() ? "missing" : version) + ")",
                    "start the file with openapi: 3.0.3"));
            return false;
        }
        if (!root.path("paths").isObject() || !root.path("info").isObject()) {
            findings.add(new Finding(spec.displayName(), "", OPENAPI_VERSION,
                    "the document lacks info or paths", "add info: {...} and paths: {...}"));
            return false;
        }
        return true;
    }

    private static String displayName(Path file, Path base) {
        Path absolute = file.toAbsolutePath().normalize();
        Path normalizedBase = base.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(normalizedBase) ? normalizedBase.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
