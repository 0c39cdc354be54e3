package com.necpgame.gameplay.raid;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.necpgame.gameplay.outbox.Pushes;
import com.necpgame.gameplay.quest.Dice;
import com.necpgame.gameplay.raid.RaidTypes.LootKind;
import com.necpgame.gameplay.raid.RaidTypes.LootStatus;
import com.necpgame.gameplay.raid.RaidTypes.Phase;
import com.necpgame.gameplay.raid.RaidTypes.RollType;
import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.idempotency.IdempotencyStore;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.outbox.Outbox;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * The drops of cleared phases: Lumina Shards to every pilot at once, items by Need / Greed rolls or the leader's
 * Priority. Every assignment credits the winner's character in economy-service with {@code creditGameplayGrant}
 * through the outbox (grant id and Idempotency-Key = the loot id), in the transaction that assigns it.
 */
public final class RaidLoot {
    private static final String SOURCE_REF = RaidContent.RAID_ID;
    private final DbClient db;
    private final LootRepository drops;
    private final RaidRepository raids;
    private final RaidContent content;
    private final Dice dice;
    private final IdempotencyStore idempotency;
    private final Outbox outbox;
    private final Clock clock;

    public RaidLoot(DbClient db, LootRepository drops, RaidRepository raids, RaidContent content, Dice dice,
                    IdempotencyStore idempotency, Outbox outbox, Clock clock) {
        this.db = db;
        this.drops = drops;
        this.raids = raids;
        this.content = content;
        this.dice = dice;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The drops of {@code phase}, cleared now, for the pilots on the roster who have not LEFT. */
    void drop(DbExecute tx, RaidInstance instance, Phase phase, List<Pilot> onRoster, Instant now) {
        long shards = content.rule(instance.difficulty()).luminaShardsPerPhase();
        for (Pilot pilot : onRoster) {
            Loot loot = Loot.shards(instance.id(), phase, pilot.playerId(), shards, now);
            drops.insert(tx, loot);
            credit(tx, loot, pilot.characterId());
        }
        List<UUID> eligible = onRoster.stream().map(Pilot::playerId).toList();
        for (RaidContent.ItemDrop item : content.drops(instance.difficulty(), phase)) {
            drops.insert(tx, Loot.item(instance.id(), phase, item.itemId(), item.quantity(), eligible, now));
        }
    }

    boolean anyDue(DbExecute read, UUID instanceId, Instant now) {
        return !drops.rollingDue(read, instanceId, now).isEmpty();
    }

    /** Resolves the items whose 60 seconds are over (under the instance's lock). */
    void resolveDue(DbExecute tx, RaidInstance instance, List<Pilot> roster, Instant now) {
        for (UUID lootId : drops.rollingDue(tx, instance.id(), now)) {
            drops.lock(tx, instance.id(), lootId).filter(Loot::rolling).ifPresent(loot -> save(tx, loot.resolved(now),
                    roster));
        }
    }

    public Page<Loot> list(UUID instanceId, PageRequest page) {
        DbExecute read = db.execute();
        return new Page<>(drops.ofInstance(read, instanceId, page), page, drops.countOfInstance(read, instanceId));
    }

    /** NEED, GREED (a d100 each) or PASS, once per eligible pilot; the last roll resolves the item. */
    public StoredResponse roll(UUID accountId, UUID instanceId, UUID lootId, String idempotencyKey, byte[] body,
                               RollType rollType, Function<Loot, String> render) {
        resolveIfOver(instanceId, lootId);
        return Transactions.inTransaction(db, tx -> idempotency.execute(tx, accountId.toString(), "rollForRaidLoot",
                idempotencyKey, scoped(lootId, body), () -> {
                    Loot loot = rollable(tx, instanceId, lootId);
                    if (!loot.eligible().contains(accountId)) {
                        throw ProblemException.forbidden("NOT_ELIGIBLE",
                                "Only pilots on the roster (and not LEFT) when the item dropped roll for it.");
                    }
                    if (loot.rolledBy(accountId)) {
                        throw ProblemException.conflict("ALREADY_ROLLED", "You rolled for this item already.");
                    }
                    Instant now = now();
                    Integer value = rollType == RollType.PASS ? null : dice.roll(100);
                    Loot rolled = loot.withRoll(new Loot.Roll(accountId, rollType, value, now));
                    Loot after = rolled.everyoneRolled() ? rolled.resolved(now) : rolled;
                    save(tx, after, raids.pilots(tx, instanceId));
                    return StoredResponse.of(200, render.apply(after));
                }));
    }

    /** The leader gives an item to an eligible pilot; Priority beats every roll. */
    public StoredResponse assignPriority(UUID accountId, UUID instanceId, UUID lootId, String idempotencyKey,
                                         byte[] body, UUID winner, Function<Loot, String> render) {
        resolveIfOver(instanceId, lootId);
        return Transactions.inTransaction(db, tx -> idempotency.execute(tx, accountId.toString(),
                "assignRaidLootPriority", idempotencyKey, scoped(lootId, body), () -> {
                    RaidInstance instance = RaidService.found(raids.find(tx, instanceId));
                    if (!instance.leaderPlayerId().equals(accountId)) {
                        throw ProblemException.forbidden("NOT_RAID_LEADER", "Only the instance's leader assigns by "
                                + "Priority.");
                    }
                    Loot loot = rollable(tx, instanceId, lootId);
                    if (!loot.eligible().contains(winner)) {
                        throw ProblemException.unprocessable("NOT_ELIGIBLE",
                                "That pilot was not on the roster (or had LEFT) when the item dropped.");
                    }
                    Loot after = loot.assignedByPriority(winner, now());
                    save(tx, after, raids.pilots(tx, instanceId));
                    return StoredResponse.of(200, render.apply(after));
                }));
    }

    private void resolveIfOver(UUID instanceId, UUID lootId) {
        Transactions.inTransaction(db, tx -> {
            RaidService.found(raids.find(tx, instanceId));
            Loot loot = drops.lock(tx, instanceId, lootId).orElseThrow(RaidLoot::notFound);
            Instant now = now();
            if (loot.rolling() && !now.isBefore(loot.rollEndsAt())) {
                save(tx, loot.resolved(now), raids.pilots(tx, instanceId));
            }
            return null;
        });
    }

    private Loot rollable(DbExecute tx, UUID instanceId, UUID lootId) {
        Loot loot = drops.lock(tx, instanceId, lootId).orElseThrow(RaidLoot::notFound);
        if (loot.kind() == LootKind.LUMINA_SHARDS) {
            throw ProblemException.unprocessable("NOT_AN_ITEM", "Lumina Shards are never rolled for.");
        }
        if (!loot.rolling() || !now().isBefore(loot.rollEndsAt())) {
            throw ProblemException.conflict("LOOT_NOT_ROLLING", "This item is resolved already.");
        }
        return loot;
    }

    private void save(DbExecute tx, Loot loot, List<Pilot> roster) {
        drops.update(tx, loot);
        if (loot.status() == LootStatus.ASSIGNED) {
            roster.stream().filter(p -> p.playerId().equals(loot.winnerPlayerId())).findFirst()
                    .ifPresent(winner -> credit(tx, loot, winner.characterId()));
        }
    }

    private void credit(DbExecute tx, Loot loot, UUID characterId) {
        boolean shards = loot.kind() == LootKind.LUMINA_SHARDS;
        outbox.enqueue(tx, Pushes.ECONOMY, Pushes.CREDIT_GAMEPLAY_GRANT, loot.lootId().toString(),
                new Pushes.GameplayGrant(loot.lootId(), characterId, "RAID_LOOT", SOURCE_REF,
                        shards ? List.of(new Pushes.CurrencyAmount("LUMINA_SHARD", loot.quantity())) : List.of(),
                        shards ? List.of() : List.of(new Pushes.ItemAmount(loot.itemId(), (int) loot.quantity()))));
    }

    /** A key is the caller's per operation; the same key on another drop is another request. */
    private static byte[] scoped(UUID lootId, byte[] body) {
        byte[] prefix = (lootId + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return all;
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("LOOT_NOT_FOUND", "This instance has no drop with this id.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
