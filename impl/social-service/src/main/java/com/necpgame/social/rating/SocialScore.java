package com.necpgame.social.rating;

/**
 * A guild's social score: floor((80 x base + 20 x popularity) / 100), the popularity of the current cycle counting
 * 20%. The same formula is in the guild-ratings statement (ordering happens in SQL); this is its one definition
 * for code and tests.
 */
public final class SocialScore {
    public static final int POPULARITY_WEIGHT_PERCENT = 20;

    private SocialScore() {
    }

    public static long of(long baseScore, long popularityScore) {
        return Math.floorDiv((100L - POPULARITY_WEIGHT_PERCENT) * baseScore
                + POPULARITY_WEIGHT_PERCENT * popularityScore, 100L);
    }
}
