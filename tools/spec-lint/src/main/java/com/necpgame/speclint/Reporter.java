package com.necpgame.speclint;

import com.necpgame.speclint.model.Spec;

/** Where rules send findings; the linter fills in the rule id. */
@FunctionalInterface
public interface Reporter {

    void report(Spec spec, String pointer, String message, String fix);
}
