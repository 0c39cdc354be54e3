package com.necpgame.social.neon;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A cycle's tiers, lowest first: which tier a number of points reaches, and each tier's points range. */
public record TierTable(List<TierLevel> levels) {

    public TierTable {
        levels = levels.stream().sorted(Comparator.comparingLong(TierLevel::minPoints)).toList();
    }

    /** The highest tier whose minimum {@code points} reach; empty below the lowest (0 points: no tier). */
    public Optional<TierLevel> levelFor(long points) {
        TierLevel reached = null;
        for (TierLevel level : levels) {
            if (points >= level.minPoints()) {
                reached = level;
            }
        }
        return Optional.ofNullable(reached);
    }

    public Optional<TierLevel> level(PopularityTier tier) {
        return levels.stream().filter(level -> level.tier() == tier).findFirst();
    }

    /** The most points of the tier (the next tier's minimum - 1); empty for the highest. */
    public Optional<Long> maxPoints(PopularityTier tier) {
        for (int i = 0; i < levels.size() - 1; i++) {
            if (levels.get(i).tier() == tier) {
                return Optional.of(levels.get(i + 1).minPoints() - 1);
            }
        }
        return Optional.empty();
    }

    /** The title a final tier earns at this top percent of the standings, if any. */
    public Optional<String> titleFor(TierLevel level, int topPercent) {
        return level.title().filter(title -> level.titleTopPercent().map(top -> topPercent <= top).orElse(false));
    }
}
