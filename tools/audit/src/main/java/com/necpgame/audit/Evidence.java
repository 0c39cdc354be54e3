package com.necpgame.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What this build proved, read from its outputs: the statuses each operation answered in tests
 * ({@code <module>/target/operation-coverage/*.tsv}), and which of them came from the service rather than from the
 * platform's refusals, the pact interactions per provider and whether that
 * provider's verification passed, the test classes with their Surefire results and sources.
 */
public final class Evidence {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TESTSUITE = Pattern.compile("<testsuite\\s[^>]*>");

    /** A test class of the build: its module, source text and outcome. */
    public record TestClass(String module, String name, String source, int tests, boolean passed, boolean startsServer) {
    }

    /** One pact interaction: who called which provider with what. */
    public record Interaction(String consumer, String provider, String method, String path, String description) {
    }

    /** Every status an operation answered in the tests, the platform's refusals included. */
    final Map<String, Set<Integer>> statuses = new HashMap<>();
    /** The statuses answered by the service's routing (admitted by the platform): the implementation's. */
    final Map<String, Set<Integer>> handled = new HashMap<>();
    final List<Interaction> interactions = new ArrayList<>();
    final List<TestClass> tests = new ArrayList<>();

    /** Providers whose verification module ran tests, all passing: {@code character-service}. */
    public Set<String> verifiedProviders() {
        Map<String, Boolean> byProvider = new HashMap<>();
        for (TestClass test : tests) {
            if (test.module().startsWith("contract-tests/") && test.module().endsWith("-provider") && test.tests() > 0) {
                String provider = test.module().substring("contract-tests/".length(),
                        test.module().length() - "-provider".length()) + "-service";
                byProvider.merge(provider, test.passed(), Boolean::logicalAnd);
            }
        }
        Set<String> verified = new HashSet<>();
        byProvider.forEach((provider, passed) -> {
            if (passed) {
                verified.add(provider);
            }
        });
        return verified;
    }

    static String key(String service, String operationId) {
        return service + "/" + operationId;
    }

    /** Reads the evidence under {@code repo}: every module's target/ and the pacts. */
    public static Evidence read(Path repo) throws IOException {
        Evidence evidence = new Evidence();
        for (Path module : modules(repo)) {
            evidence.readCoverage(module.resolve("target/operation-coverage"));
            evidence.readReports(repo, module);
        }
        evidence.readPacts(repo.resolve("contract-tests/target/pacts"));
        return evidence;
    }

    private static List<Path> modules(Path repo) throws IOException {
        try (Stream<Path> poms = Files.walk(repo, 3)) {
            return poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
                    .map(Path::getParent)
                    .filter(dir -> !dir.toString().contains("node_modules"))
                    .sorted().toList();
        }
    }

    void readCoverage(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".tsv")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    // service, operationId, method, status, handler|platform, count
                    String[] f = line.split("\t");
                    if (f.length == 6) {
                        int status = Integer.parseInt(f[3]);
                        statuses.computeIfAbsent(key(f[0], f[1]), k -> new TreeSet<>()).add(status);
                        if (f[4].equals("handler")) {
                            handled.computeIfAbsent(key(f[0], f[1]), k -> new TreeSet<>()).add(status);
                        }
                    }
                }
            }
        }
    }

    void readReports(Path repo, Path module) throws IOException {
        Path reports = module.resolve("target/surefire-reports");
        if (!Files.isDirectory(reports)) {
            return;
        }
        String moduleName = repo.relativize(module).toString();
        try (Stream<Path> files = Files.list(reports)) {
            for (Path xml : files.filter(p -> p.getFileName().toString().startsWith("TEST-")).sorted().toList()) {
                Matcher suite = TESTSUITE.matcher(Files.readString(xml));
                if (!suite.find()) {
                    continue;
                }
                String tag = suite.group();
                String name = attribute(tag, "name");
                int count = Integer.parseInt(attribute(tag, "tests"));
                boolean passed = "0".equals(attribute(tag, "failures")) && "0".equals(attribute(tag, "errors"));
                Path output = reports.resolve(name + "-output.txt");
                boolean server = Files.exists(output) && Files.readString(output).contains("bound for socket");
                Path source = module.resolve("src/test/java/" + name.replace('.', '/') + ".java");
                tests.add(new TestClass(moduleName, name, Files.exists(source) ? Files.readString(source) : "", count,
                        passed, server));
            }
        }
    }

    private static String attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? value.group(1) : "0";
    }

    void readPacts(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path pact : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = JSON.readTree(pact.toFile());
                for (JsonNode interaction : root.path("interactions")) {
                    JsonNode request = interaction.path("request");
                    interactions.add(new Interaction(root.at("/consumer/name").asText(),
                            root.at("/provider/name").asText(), request.path("method").asText(),
                            request.path("path").asText(), interaction.path("description").asText()));
                }
            }
        }
    }
}
