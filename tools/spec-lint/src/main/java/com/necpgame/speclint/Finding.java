package com.necpgame.speclint;

import java.util.Comparator;

/** One broken convention: where (file and JSON pointer), which rule, what is wrong and how to fix it. */
public record Finding(String file, String pointer, String ruleId, String message, String fix) {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparing(Finding::pointer)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /** {@code file#pointer [rule] message. Fix: fix} */
    public String toText() {
        return file + "#" + pointer + " [" + ruleId + "] " + message + ". Fix: " + fix;
    }
}
