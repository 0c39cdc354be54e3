package com.necpgame.social.neon;

/** Popularity tiers, lowest first. */
public enum PopularityTier {
    BRONZE, SILVER, GOLD, PLATINUM, DIAMOND
}
