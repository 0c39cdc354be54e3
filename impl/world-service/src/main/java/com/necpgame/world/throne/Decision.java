package com.necpgame.world.throne;

import java.util.Optional;

import com.necpgame.platform.problem.ProblemException;

/** One operator decision; which of {@code branch} and {@code progressDelta} it takes depends on its type. */
public record Decision(DecisionType type, long expectedVersion, Optional<Branch> branch,
                       Optional<Integer> progressDelta, String reason) {

    /** 422 {@code INVALID_DECISION} for a missing field or one the type does not take. */
    public void requireWellFormed() {
        boolean valid = switch (type) {
            case CHOOSE_BRANCH -> branch.isPresent() && progressDelta.isEmpty();
            case ADVANCE_PROGRESS -> progressDelta.isPresent() && branch.isEmpty();
            case ADVANCE_CHAPTER -> branch.isEmpty() && progressDelta.isEmpty();
        };
        if (!valid) {
            throw ProblemException.unprocessable("INVALID_DECISION", switch (type) {
                case CHOOSE_BRANCH -> "CHOOSE_BRANCH takes branch and no progressDelta.";
                case ADVANCE_PROGRESS -> "ADVANCE_PROGRESS takes progressDelta and no branch.";
                case ADVANCE_CHAPTER -> "ADVANCE_CHAPTER takes neither branch nor progressDelta.";
            });
        }
    }
}
