package com.necpgame.social.neon;

import java.util.ArrayList;
import java.util.List;

import io.helidon.config.Config;

/** The tier and rewards tables each newly scheduled cycle gets ({@code social.neon.tiers} in application.yaml). */
public final class DefaultTiers {
    private DefaultTiers() {
    }

    public static TierTable from(Config tiers) {
        List<TierLevel> levels = new ArrayList<>();
        for (PopularityTier tier : PopularityTier.values()) {
            Config level = tiers.get(tier.name());
            if (!level.exists()) {
                throw new IllegalStateException("social.neon.tiers." + tier.name() + " is not configured");
            }
            levels.add(new TierLevel(tier, level.get("min-points").asLong().get(),
                    level.get("neon-merit").asLong().get(), level.get("jun-coin").asLong().get(),
                    level.get("title").asString().asOptional(), level.get("title-top-percent").asInt().asOptional()));
        }
        return new TierTable(levels);
    }
}
