package com.necpgame.social.neon;

import java.util.Optional;

/**
 * One row of a cycle's tier and rewards tables: the points the tier needs and what it is worth as a final tier;
 * {@code title} goes to characters of this tier within the top {@code titleTopPercent} percent.
 */
public record TierLevel(PopularityTier tier, long minPoints, long neonMerit, long junCoin, Optional<String> title,
                        Optional<Integer> titleTopPercent) {
}
