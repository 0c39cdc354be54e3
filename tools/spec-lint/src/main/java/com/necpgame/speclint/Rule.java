package com.necpgame.speclint;

import com.necpgame.speclint.model.Spec;

import java.util.List;

/** A convention of specs/README.md, checked over one spec at a time (or over all of them together). */
public interface Rule {

    /** Stable id, printed with every finding and documented in the README. */
    String id();

    /** Checks one spec. */
    default void check(Spec spec, Reporter reporter) {
    }

    /** Checks all specs together (for conventions that span services). */
    default void checkAll(List<Spec> specs, Reporter reporter) {
    }
}
