package com.necpgame.social.neon;

/** Arithmetic of the standings. No I/O. */
public final class Standings {
    private Standings() {
    }

    /** The smallest whole percent of the standings {@code position} falls in: 1 of 200 is the top 1%. */
    public static int topPercent(long position, long participants) {
        if (participants <= 0) {
            return 100;
        }
        long percent = (position * 100 + participants - 1) / participants;
        return (int) Math.max(1, Math.min(100, percent));
    }
}
