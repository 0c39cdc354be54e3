package com.necpgame.gameplay.raid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.gameplay.raid.RaidTypes.Award;
import com.necpgame.gameplay.raid.RaidTypes.LootKind;
import com.necpgame.gameplay.raid.RaidTypes.LootStatus;
import com.necpgame.gameplay.raid.RaidTypes.Phase;
import com.necpgame.gameplay.raid.RaidTypes.RollType;

/**
 * One drop of a cleared phase. Lumina Shards are ASSIGNED at once; an item is ROLLING until every eligible pilot
 * rolled, 60 seconds passed, or the leader assigned it by Priority. Resolution: NEED beats GREED, the highest d100
 * within a type wins, a tie goes to the earlier roll; only PASSes (or no roll at all) leave it UNCLAIMED.
 */
public record Loot(UUID lootId, UUID instanceId, Phase phase, LootKind kind, String itemId, long quantity,
                   LootStatus status, Award awardedBy, UUID winnerPlayerId, List<UUID> eligible, List<Roll> rolls,
                   Instant droppedAt, Instant rollEndsAt, Instant resolvedAt) {

    public record Roll(UUID playerId, RollType rollType, Integer value, Instant rolledAt) {
    }

    public Loot {
        eligible = List.copyOf(eligible);
        rolls = List.copyOf(rolls);
    }

    public static Loot shards(UUID instanceId, Phase phase, UUID pilot, long quantity, Instant now) {
        return new Loot(UUID.randomUUID(), instanceId, phase, LootKind.LUMINA_SHARDS, null, quantity,
                LootStatus.ASSIGNED, Award.AUTO, pilot, List.of(pilot), List.of(), now, null, now);
    }

    public static Loot item(UUID instanceId, Phase phase, String itemId, int quantity, List<UUID> eligible,
                            Instant now) {
        return new Loot(UUID.randomUUID(), instanceId, phase, LootKind.ITEM, itemId, quantity, LootStatus.ROLLING,
                null, null, eligible, List.of(), now, now.plus(RaidContent.LOOT_ROLL), null);
    }

    public boolean rolling() {
        return status == LootStatus.ROLLING;
    }

    public boolean rolledBy(UUID player) {
        return rolls.stream().anyMatch(r -> r.playerId().equals(player));
    }

    public Loot withRoll(Roll roll) {
        List<Roll> list = new ArrayList<>(rolls);
        list.add(roll);
        return new Loot(lootId, instanceId, phase, kind, itemId, quantity, status, awardedBy, winnerPlayerId,
                eligible, list, droppedAt, rollEndsAt, resolvedAt);
    }

    public boolean everyoneRolled() {
        return eligible.stream().allMatch(this::rolledBy);
    }

    /** Resolved by the rolls so far: the winner, or UNCLAIMED. */
    public Loot resolved(Instant now) {
        Optional<Roll> best = rolls.stream().filter(r -> r.rollType() != RollType.PASS)
                .min(Comparator.comparing((Roll r) -> r.rollType() == RollType.NEED ? 0 : 1)
                        .thenComparing(Roll::value, Comparator.reverseOrder())
                        .thenComparing(Roll::rolledAt));
        if (best.isEmpty()) {
            return new Loot(lootId, instanceId, phase, kind, itemId, quantity, LootStatus.UNCLAIMED, null, null,
                    eligible, rolls, droppedAt, rollEndsAt, now);
        }
        Award award = best.get().rollType() == RollType.NEED ? Award.NEED : Award.GREED;
        return new Loot(lootId, instanceId, phase, kind, itemId, quantity, LootStatus.ASSIGNED, award,
                best.get().playerId(), eligible, rolls, droppedAt, rollEndsAt, now);
    }

    public Loot assignedByPriority(UUID player, Instant now) {
        return new Loot(lootId, instanceId, phase, kind, itemId, quantity, LootStatus.ASSIGNED, Award.PRIORITY,
                player, eligible, rolls, droppedAt, rollEndsAt, now);
    }
}
