package com.necpgame.social.rating;

import java.time.Instant;
import java.util.UUID;

/** A guild's social score, its parts and its position in the guild ranking. */
public record GuildRating(long position, UUID guildId, String name, String tag, int memberCount, long baseScore,
                          long popularityScore, long socialScore, Instant updatedAt) {

    public int popularityWeightPercent() {
        return SocialScore.POPULARITY_WEIGHT_PERCENT;
    }
}
