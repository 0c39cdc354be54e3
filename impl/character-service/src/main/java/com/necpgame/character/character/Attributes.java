package com.necpgame.character.character;

import java.util.Optional;

/** STR, DEX, INT, TECH and COOL, each 1 to 20. */
public record Attributes(int strength, int dexterity, int intelligence, int tech, int cool) {
    public static final int MIN = 1;
    public static final int MAX = 20;
    public static final int DEFAULT_VALUE = 10;
    public static final Attributes DEFAULT = new Attributes(10, 10, 10, 10, 10);
    /** Point buy at creation: each 6 to 14 (the spec's bounds) and the five sum to exactly this. */
    public static final int STARTING_SUM = 50;

    public int sum() {
        return strength + dexterity + intelligence + tech + cool;
    }

    public Attributes plus(Attributes delta) {
        return new Attributes(strength + delta.strength, dexterity + delta.dexterity,
                intelligence + delta.intelligence, tech + delta.tech, cool + delta.cool);
    }

    public int highest() {
        return Math.max(Math.max(Math.max(strength, dexterity), Math.max(intelligence, tech)), cool);
    }

    /** Why a point-buy distribution is refused, if it is. */
    public Optional<String> startingDistributionProblem() {
        return sum() == STARTING_SUM ? Optional.empty()
                : Optional.of("Starting attributes must sum to exactly " + STARTING_SUM + "; these sum to " + sum()
                        + ".");
    }
}
