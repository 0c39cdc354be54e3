package com.necpgame.audit;

import java.util.List;
import java.util.regex.Pattern;

/** One operation of a spec, as the audit counts it. */
public record SpecOperation(String service, String port, String operationId, String method, String path) {

    /** Whether a concrete request path (a pact's) is this operation's path template. */
    public boolean matches(String requestMethod, String requestPath) {
        if (!method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        List<String> template = List.of(path.split("/"));
        List<String> actual = List.of(requestPath.split("\\?")[0].split("/"));
        if (template.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < template.size(); i++) {
            String segment = template.get(i);
            if (!(segment.startsWith("{") && segment.endsWith("}")) && !segment.equals(actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The path without its parameters, for finding the tests that call it: {@code /attributes/allocations}. */
    public String literalTail() {
        String[] segments = path.split("/");
        StringBuilder tail = new StringBuilder();
        for (int i = segments.length - 1; i >= 0 && !segments[i].startsWith("{") && i > 3; i--) {
            tail.insert(0, "/" + segments[i]);
        }
        return tail.toString();
    }

    static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");
}
