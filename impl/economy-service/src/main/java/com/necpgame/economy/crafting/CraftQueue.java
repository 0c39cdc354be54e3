package com.necpgame.economy.crafting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The queue's clock, without I/O: one craft runs at a time in queue order; the next starts when the one before is
 * READY (at that craft's readyAt, not when someone looks), or now when nothing runs.
 */
public final class CraftQueue {
    public static final int MAX_ACTIVE = 10;

    private CraftQueue() {
    }

    /** The crafts among {@code active} (in queue order) that change by {@code now}, as they are after it. */
    public static List<Craft> advance(List<Craft> active, Instant now) {
        List<Craft> changed = new ArrayList<>();
        Instant cursor = null;
        for (Craft craft : active) {
            Craft running = craft;
            if (craft.status() == CraftStatus.QUEUED) {
                Instant start = cursor != null ? cursor : now;
                running = new Craft(craft.craftId(), craft.characterId(), craft.recipeId(), CraftStatus.IN_PROGRESS,
                        craft.output(), craft.eddiesCost(), craft.ingredients(), craft.durationSeconds(), null,
                        craft.queuedAt(), start, start.plus(Duration.ofSeconds(craft.durationSeconds())), null, null);
            }
            if (running.readyAt().isAfter(now)) {
                if (running != craft) {
                    changed.add(running);
                }
                break;
            }
            changed.add(new Craft(running.craftId(), running.characterId(), running.recipeId(), CraftStatus.READY,
                    running.output(), running.eddiesCost(), running.ingredients(), running.durationSeconds(), null,
                    running.queuedAt(), running.startedAt(), running.readyAt(), null, null));
            cursor = running.readyAt();
        }
        return changed;
    }
}
