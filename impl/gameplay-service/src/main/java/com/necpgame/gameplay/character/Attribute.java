package com.necpgame.gameplay.character;

/** The five character attributes (1 to 20, default 10). */
public enum Attribute {
    STR, DEX, INT, TECH, COOL;

    /** {@code floor((value - 10) / 2)}: -5 at 1, 0 at 10 and 11, +5 at 20. */
    public static int modifier(int value) {
        return Math.floorDiv(value - 10, 2);
    }
}
