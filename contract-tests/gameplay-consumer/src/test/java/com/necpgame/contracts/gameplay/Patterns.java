package com.necpgame.contracts.gameplay;

/** Regular expressions of the specs' formats, for matchers in the pacts. */
final class Patterns {
    /** RFC 3339 UTC timestamps, any number of fraction digits (the spec's date-time). */
    static final String RFC3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private Patterns() {
    }
}
