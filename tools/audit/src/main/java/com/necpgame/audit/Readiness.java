package com.necpgame.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The audit's verdict per operation and per service, and its two renderings. An operation counts as
 * <b>implemented</b> when the build's tests got an answer from the service's own routing (not only the platform's
 * refusals of bad input or tokens) and it never answered 501, the platform's answer for a spec operation that no
 * handler takes (evidence, not intent), as
 * <b>tested</b> when a test got a 2xx from it, and as <b>contract-verified</b> when a pact interaction matches it
 * and its provider's verification passed.
 */
public record Readiness(List<OperationStatus> operations, List<ServiceSummary> services) {

    public record OperationStatus(SpecOperation operation, Set<Integer> statuses, boolean implemented, boolean tested,
                                  boolean contractVerified, List<String> provenBy) {
    }

    public record ServiceSummary(String service, String port, int operations, int apiCoverage, int testedCoverage,
                                 int contractCoverage, List<String> testKinds) {
    }

    public static Readiness of(List<SpecOperation> specOperations, Evidence evidence) {
        Set<String> verified = evidence.verifiedProviders();
        List<OperationStatus> statuses = new ArrayList<>();
        for (SpecOperation op : specOperations) {
            String key = Evidence.key(op.service(), op.operationId());
            Set<Integer> answered = evidence.statuses.getOrDefault(key, Set.of());
            Set<Integer> handled = evidence.handled.getOrDefault(key, Set.of());
            // The platform's 400/401/403 refusals happen before any handler: only the service's answers count.
            boolean implemented = !handled.isEmpty() && !answered.contains(501);
            boolean tested = handled.stream().anyMatch(status -> status >= 200 && status < 300);
            boolean contract = verified.contains(op.service()) && evidence.interactions.stream().anyMatch(
                    i -> i.provider().equals(op.service()) && op.matches(i.method(), i.path()));
            statuses.add(new OperationStatus(op, answered, implemented, tested, contract, provenBy(op, evidence)));
        }
        Map<String, List<OperationStatus>> byService = new TreeMap<>();
        statuses.forEach(s -> byService.computeIfAbsent(s.operation().service(), k -> new ArrayList<>()).add(s));
        List<ServiceSummary> services = new ArrayList<>();
        byService.forEach((service, ops) -> services.add(new ServiceSummary(service, ops.getFirst().operation().port(),
                ops.size(), percent(ops, OperationStatus::implemented), percent(ops, OperationStatus::tested),
                percent(ops, OperationStatus::contractVerified), testKinds(service, evidence, verified))));
        return new Readiness(statuses, services);
    }

    public boolean full() {
        return services.stream().allMatch(s -> s.apiCoverage() == 100 && s.contractCoverage() == 100);
    }

    private static int percent(List<OperationStatus> ops, java.util.function.Predicate<OperationStatus> counted) {
        return ops.isEmpty() ? 0 : (int) Math.floor(100.0 * ops.stream().filter(counted).count() / ops.size());
    }

    /** Test classes of the service's module and of the contracts whose source names the operation or its path. */
    private static List<String> provenBy(SpecOperation op, Evidence evidence) {
        String module = "impl/" + op.service();
        String tail = op.literalTail();
        return evidence.tests.stream()
                .filter(t -> t.module().equals(module) || t.module().startsWith("contract-tests/"))
                .filter(t -> t.source().contains(op.operationId() + "(")
                        || (tail.length() > 4 && t.source().contains(tail + "\"")))
                .map(t -> t.name().substring(t.name().lastIndexOf('.') + 1)).distinct().sorted().limit(6).toList();
    }

    private static List<String> testKinds(String service, Evidence evidence, Set<String> verified) {
        String module = "impl/" + service;
        List<Evidence.TestClass> own = evidence.tests.stream().filter(t -> t.module().equals(module)).toList();
        Map<String, Boolean> kinds = new LinkedHashMap<>();
        kinds.put("unit", own.stream().anyMatch(t -> !t.startsServer()));
        kinds.put("integration", own.stream().anyMatch(Evidence.TestClass::startsServer));
        kinds.put("contract", verified.contains(service));
        kinds.put("end-to-end", own.stream().anyMatch(t -> t.name().contains("EndToEnd")));
        kinds.put("load", own.stream().anyMatch(t -> t.name().contains("Load")));
        kinds.put("negative", own.stream().anyMatch(t -> t.name().contains("BadInput") || t.name().contains("Negative")));
        return kinds.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    /** The readiness report: a summary, a table per service, the open items, the overall readiness. */
    public String markdown() {
        StringBuilder md = new StringBuilder("# NECP readiness report\n\n");
        md.append("Produced by `tools/audit` from the specs and this build's evidence: what the tests called and what it "
                + "answered, the pacts and their provider verifications, the Surefire reports. An operation is "
                + "*implemented* when the service itself answered it in a test (the platform's refusals of bad input "
                + "and tokens do not count) and it never answered 501, *tested* when a test got a 2xx "
                + "from it, *contract-verified* when a pact interaction matches it and its provider verified it.\n\n");
        md.append("| service | port | operations | API coverage | tested | contract coverage | test kinds |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (ServiceSummary s : services) {
            md.append("| ").append(s.service()).append(" | ").append(s.port()).append(" | ").append(s.operations())
                    .append(" | ").append(s.apiCoverage()).append("% | ").append(s.testedCoverage()).append("% | ")
                    .append(s.contractCoverage()).append("% | ").append(String.join(", ", s.testKinds())).append(" |\n");
        }
        long all = operations.size();
        long implemented = operations.stream().filter(OperationStatus::implemented).count();
        long contracted = operations.stream().filter(OperationStatus::contractVerified).count();
        md.append("\n**Overall readiness:** ").append(all == 0 ? 0 : (implemented + contracted) * 50 / all)
                .append("% (").append(implemented).append(" of ").append(all).append(" operations implemented, ")
                .append(contracted).append(" contract-verified).\n");
        for (ServiceSummary s : services) {
            md.append("\n## ").append(s.service()).append("\n\n| operation | method and path | implemented | tested | "
                    + "contract | statuses seen | proven by |\n|---|---|---|---|---|---|---|\n");
            for (OperationStatus o : operations) {
                if (!o.operation().service().equals(s.service())) {
                    continue;
                }
                md.append("| `").append(o.operation().operationId()).append("` | ").append(o.operation().method())
                        .append(" `").append(o.operation().path()).append("` | ").append(mark(o.implemented()))
                        .append(" | ").append(mark(o.tested())).append(" | ").append(mark(o.contractVerified()))
                        .append(" | ").append(o.statuses().isEmpty() ? "-" : o.statuses().toString().replaceAll("[\\[\\]]", ""))
                        .append(" | ").append(String.join(", ", o.provenBy())).append(" |\n");
            }
        }
        md.append("\n## Open items\n\n");
        boolean any = false;
        for (OperationStatus o : operations) {
            List<String> missing = new ArrayList<>();
            if (!o.implemented()) {
                missing.add(o.statuses().contains(501) ? "answers 501 (no handler)"
                        : o.statuses().isEmpty() ? "not called by any test"
                        : "only refused by the platform (" + o.statuses().toString().replaceAll("[\\[\\]]", "")
                                + "), never answered by the service");
            } else if (!o.tested()) {
                missing.add("no test got a 2xx");
            }
            if (!o.contractVerified()) {
                missing.add("no verified contract");
            }
            if (!missing.isEmpty()) {
                any = true;
                md.append("- ").append(o.operation().service()).append(" `").append(o.operation().operationId())
                        .append("`: ").append(String.join(", ", missing)).append('\n');
            }
        }
        if (!any) {
            md.append("None.\n");
        }
        return md.toString();
    }

    /** One entry per operation, for the implementation tracker. */
    public String trackerYaml() {
        StringBuilder yaml = new StringBuilder("# Produced by tools/audit from the specs and the build's evidence; do not edit.\n");
        yaml.append("operations:\n");
        for (OperationStatus o : operations) {
            SpecOperation op = o.operation();
            yaml.append("  - service: ").append(op.service()).append('\n')
                    .append("    method: ").append(op.method()).append('\n')
                    .append("    path: '").append(op.path()).append("'\n")
                    .append("    operationId: ").append(op.operationId()).append('\n')
                    .append("    implemented: ").append(o.implemented()).append('\n')
                    .append("    tested: ").append(o.tested()).append('\n')
                    .append("    contract-verified: ").append(o.contractVerified()).append('\n')
                    .append("    tests: [").append(String.join(", ", o.provenBy())).append("]\n");
        }
        return yaml.toString();
    }

    private static String mark(boolean value) {
        return value ? "yes" : "**no**";
    }
}
