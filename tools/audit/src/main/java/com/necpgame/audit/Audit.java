package com.necpgame.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The readiness audit: reads the specs and the evidence of the last build and writes
 * {@code target/audit/readiness-report.md} and {@code target/audit/implementation-tracker.yaml}. No number in
 * them is typed by hand. With {@code --require-full}, exits 1 when any service is below 100% API or contract
 * coverage.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Readiness report and implementation tracker.")
public final class Audit implements Callable<Integer> {
    @Option(names = "--repo", description = "the repository root")
    Path repo = Path.of("").toAbsolutePath();

    @Option(names = "--require-full", arity = "1", description = "fail below 100% API or contract coverage")
    boolean requireFull;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Audit()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        Readiness readiness = Readiness.of(operations(repo.resolve("specs")), Evidence.read(repo));
        Path out = repo.resolve("target/audit");
        Files.createDirectories(out);
        Files.writeString(out.resolve("readiness-report.md"), readiness.markdown());
        Files.writeString(out.resolve("implementation-tracker.yaml"), readiness.trackerYaml());
        for (Readiness.ServiceSummary service : readiness.services()) {
            System.out.printf("audit: %-18s API %3d%%  contract %3d%%  tested %3d%%%n", service.service(),
                    service.apiCoverage(), service.contractCoverage(), service.testedCoverage());
        }
        System.out.println("audit: " + out.resolve("readiness-report.md") + " and implementation-tracker.yaml");
        if (requireFull && !readiness.full()) {
            System.out.println("audit: FAILED: below 100% API or contract coverage; what falls short (all of it under "
                    + "'Open items' in " + out.resolve("readiness-report.md") + "):");
            readiness.operations().stream().filter(o -> !o.implemented() || !o.contractVerified()).limit(25)
                    .forEach(o -> System.out.printf("audit:   %s %s (%s %s): %s%n", o.operation().service(),
                            o.operation().operationId(), o.operation().method(), o.operation().path(),
                            String.join("; ", Stream.of(o.implemented() ? null : "not implemented (no handler answer in any test)",
                                    o.contractVerified() ? null : "no verified pact interaction")
                                    .filter(java.util.Objects::nonNull).toList())));
            return 1;
        }
        return 0;
    }

    /** Every operation of every {@code specs/*.yaml}. */
    static List<SpecOperation> operations(Path specs) throws IOException {
        List<SpecOperation> operations = new ArrayList<>();
        try (Stream<Path> files = Files.list(specs)) {
            for (Path spec : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                ParseOptions options = new ParseOptions();
                options.setResolve(true);
                OpenAPI api = new OpenAPIV3Parser().read(spec.toString(), null, options);
                Map<?, ?> service = (Map<?, ?>) api.getInfo().getExtensions().get("x-microservice");
                api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                        operations.add(new SpecOperation(String.valueOf(service.get("name")),
                                String.valueOf(service.get("port")), operation.getOperationId(), method.name(), path))));
            }
        }
        return operations;
    }

}
