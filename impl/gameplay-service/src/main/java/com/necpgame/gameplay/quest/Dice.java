package com.necpgame.gameplay.quest;

import java.security.SecureRandom;

/** The server's dice; tests inject scripted ones so skill checks and loot rolls are deterministic. */
@FunctionalInterface
public interface Dice {
    /** A uniform roll from 1 to {@code sides}. */
    int roll(int sides);

    default int d20() {
        return roll(20);
    }

    static Dice secure() {
        SecureRandom random = new SecureRandom();
        return sides -> 1 + random.nextInt(sides);
    }
}
