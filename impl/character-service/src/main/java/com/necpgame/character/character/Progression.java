package com.necpgame.character.character;

import java.util.OptionalLong;

/**
 * Level from experience: reaching level L needs {@code 500 * L * (L - 1)} experience in total (level 2 at 1000,
 * level 10 at 45000, level 50 at 1225000); the level is capped at 50 while experience keeps counting. Every level
 * gained grants one attribute point.
 */
public final class Progression {
    public static final int MAX_LEVEL = 50;

    private Progression() {
    }

    /** Total experience at which {@code level} is reached. */
    public static long experienceFor(int level) {
        return 500L * level * (level - 1);
    }

    public static int levelFor(long experience) {
        int level = 1;
        while (level < MAX_LEVEL && experienceFor(level + 1) <= experience) {
            level++;
        }
        return level;
    }

    /** Total experience needed for the level after {@code level}; empty at the cap. */
    public static OptionalLong nextLevelExperience(int level) {
        return level >= MAX_LEVEL ? OptionalLong.empty() : OptionalLong.of(experienceFor(level + 1));
    }

    /** Attribute points granted up to {@code level}: one per level gained. */
    public static int pointsGranted(int level) {
        return level - 1;
    }
}
