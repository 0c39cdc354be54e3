package com.necpgame.platform.spec;

import java.util.Arrays;
import java.util.List;

/** A spec path split into segments; {@code {name}} segments match any one non-empty segment. */
record PathTemplate(String template, List<String> segments) {

    static PathTemplate of(String template) {
        return new PathTemplate(template, split(template));
    }

    static List<String> split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return Arrays.asList(trimmed.split("/", -1));
    }

    boolean matches(List<String> requestSegments) {
        if (requestSegments.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            String actual = requestSegments.get(i);
            if (isParameter(segment) ? actual.isEmpty() : !segment.equals(actual)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Orders candidates so the most specific wins: at the first segment where they differ, a literal beats a
     * parameter ({@code /characters/me} before {@code /characters/{characterId}}).
     */
    int compareSpecificity(PathTemplate other) {
        for (int i = 0; i < segments.size() && i < other.segments.size(); i++) {
            boolean mine = isParameter(segments.get(i));
            boolean theirs = isParameter(other.segments.get(i));
            if (mine != theirs) {
                return mine ? 1 : -1;
            }
        }
        return 0;
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
