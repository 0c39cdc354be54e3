package com.necpgame.character.character;

import java.util.List;

import com.necpgame.platform.problem.FieldError;
import com.necpgame.platform.problem.ProblemException;

/** The rules for spending attribute points: at least one point, no more than unspent, no attribute past 20. */
public final class AttributeSpending {
    private AttributeSpending() {
    }

    /** The attributes after adding {@code delta} to a character with {@code unspent} points, or the problem. */
    public static Attributes apply(Attributes current, int unspent, Attributes delta) {
        int points = delta.sum();
        if (points < 1) {
            throw ProblemException.validationFailed("Spend at least one attribute point.",
                    List.of(new FieldError("", "the points must sum to at least 1")));
        }
        if (points > unspent) {
            throw ProblemException.unprocessable("NOT_ENOUGH_ATTRIBUTE_POINTS",
                    "This spends " + points + " points; the character has " + unspent + ".");
        }
        Attributes after = current.plus(delta);
        if (after.highest() > Attributes.MAX) {
            throw ProblemException.unprocessable("ATTRIBUTE_MAXIMUM_EXCEEDED",
                    "An attribute would pass " + Attributes.MAX + ".");
        }
        return after;
    }
}
