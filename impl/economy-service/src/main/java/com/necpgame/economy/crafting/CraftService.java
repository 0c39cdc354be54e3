package com.necpgame.economy.crafting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.necpgame.economy.character.CharacterDirectory;
import com.necpgame.economy.ledger.Currency;
import com.necpgame.economy.ledger.ItemStack;
import com.necpgame.economy.ledger.Ledger;
import com.necpgame.economy.ledger.Reason;
import com.necpgame.economy.tx.Work;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbExecute;

/**
 * Crafting queues: ingredients and cost into escrow when queued, consumed and burned when READY, released in full on
 * cancel. Every operation first brings the character's queue up to now under the queue's lock, so a craft whose time
 * came is READY for every reader and its burn is written exactly once.
 */
public final class CraftService {
    private final Work work;
    private final CraftRepository crafts;
    private final Recipes recipes;
    private final Ledger ledger;
    private final CharacterDirectory characters;
    private final Clock clock;

    public CraftService(Work work, CraftRepository crafts, Recipes recipes, Ledger ledger,
                        CharacterDirectory characters, Clock clock) {
        this.work = work;
        this.crafts = crafts;
        this.recipes = recipes;
        this.ledger = ledger;
        this.characters = characters;
        this.clock = clock;
    }

    public Recipes recipes() {
        return recipes;
    }

    /** Queues one craft: 404 RECIPE_NOT_FOUND, 422 CRAFT_QUEUE_FULL, INSUFFICIENT_ITEMS or INSUFFICIENT_FUNDS. */
    public StoredResponse start(UUID accountId, String key, byte[] body, UUID characterId, String recipeId,
                                Function<Craft, String> render) {
        characters.requireOwned(accountId, characterId);
        Recipe recipe = recipes.require(recipeId);
        return work.once(accountId.toString(), "startCraft", key, body, 201, tx -> {
            Instant now = clock.instant();
            List<Craft> active = bringUpToDate(tx, characterId, now);
            if (active.size() >= CraftQueue.MAX_ACTIVE) {
                throw ProblemException.unprocessable("CRAFT_QUEUE_FULL",
                        "At most " + CraftQueue.MAX_ACTIVE + " active crafts per character.");
            }
            UUID craftId = UUID.randomUUID();
            for (ItemStack ingredient : recipe.ingredients()) {
                ledger.holdItems(tx, characterId, ingredient.itemId(), ingredient.quantity());
            }
            ledger.hold(tx, characterId, Currency.EDDIES, recipe.eddiesCost(), Reason.CRAFT, craftId);
            boolean runsNow = active.isEmpty();
            crafts.insert(tx, new Craft(craftId, characterId, recipeId,
                    runsNow ? CraftStatus.IN_PROGRESS : CraftStatus.QUEUED, recipe.output(), recipe.eddiesCost(),
                    recipe.ingredients(), recipe.durationSeconds(), null, now, runsNow ? now : null,
                    runsNow ? now.plus(Duration.ofSeconds(recipe.durationSeconds())) : null, null, null));
            return positioned(tx, characterId, crafts.find(tx, characterId, craftId).orElseThrow());
        }, render);
    }

    public Page<Craft> list(UUID accountId, UUID characterId, CraftStatus status, PageRequest page) {
        characters.requireOwned(accountId, characterId);
        return work.inTransaction(tx -> {
            bringUpToDate(tx, characterId, clock.instant());
            Map<UUID, Integer> positions = positions(tx, characterId);
            return new Page<>(crafts.list(tx, characterId, status, page).stream()
                    .map(c -> c.withPosition(positions.get(c.craftId()))).toList(), page,
                    crafts.count(tx, characterId, status));
        });
    }

    public Craft get(UUID accountId, UUID characterId, UUID craftId) {
        characters.requireOwned(accountId, characterId);
        return work.inTransaction(tx -> {
            bringUpToDate(tx, characterId, clock.instant());
            return positioned(tx, characterId, find(tx, characterId, craftId));
        });
    }

    /** Moves a READY craft's output into the inventory; COLLECTED answers unchanged. */
    public StoredResponse collect(UUID accountId, String key, UUID characterId, UUID craftId,
                                  Function<Craft, String> render) {
        characters.requireOwned(accountId, characterId);
        return work.once(accountId.toString(), "collectCraft", key, new byte[0], 200, tx -> {
            Instant now = clock.instant();
            bringUpToDate(tx, characterId, now);
            Craft craft = find(tx, characterId, craftId);
            switch (craft.status()) {
                case QUEUED, IN_PROGRESS -> throw ProblemException.conflict("CRAFT_NOT_READY", "It is not ready yet.");
                case CANCELLED -> throw ProblemException.conflict("CRAFT_CANCELLED", "It was cancelled.");
                case READY -> {
                    ledger.addItems(tx, characterId, craft.output().itemId(), craft.output().quantity());
                    crafts.update(tx, new Craft(craft.craftId(), characterId, craft.recipeId(), CraftStatus.COLLECTED,
                            craft.output(), craft.eddiesCost(), craft.ingredients(), craft.durationSeconds(), null,
                            craft.queuedAt(), craft.startedAt(), craft.readyAt(), now, null));
                }
                case COLLECTED -> { }
            }
            return find(tx, characterId, craftId);
        }, render);
    }

    /** Cancels an active craft, releasing what it held in full; the next one starts at once. */
    public StoredResponse cancel(UUID accountId, String key, UUID characterId, UUID craftId,
                                 Function<Craft, String> render) {
        characters.requireOwned(accountId, characterId);
        return work.once(accountId.toString(), "cancelCraft", key, new byte[0], 200, tx -> {
            Instant now = clock.instant();
            bringUpToDate(tx, characterId, now);
            Craft craft = find(tx, characterId, craftId);
            switch (craft.status()) {
                case READY, COLLECTED -> throw ProblemException.conflict("CRAFT_ALREADY_FINISHED",
                        "A finished craft cannot be cancelled.");
                case QUEUED, IN_PROGRESS -> {
                    for (ItemStack ingredient : craft.ingredients()) {
                        ledger.releaseItems(tx, characterId, ingredient.itemId(), ingredient.quantity());
                    }
                    ledger.release(tx, characterId, Currency.EDDIES, craft.eddiesCost(), Reason.CRAFT, craftId);
                    crafts.update(tx, new Craft(craft.craftId(), characterId, craft.recipeId(), CraftStatus.CANCELLED,
                            craft.output(), craft.eddiesCost(), craft.ingredients(), craft.durationSeconds(), null,
                            craft.queuedAt(), craft.startedAt(), null, null, now));
                    bringUpToDate(tx, characterId, now);
                }
                case CANCELLED -> { }
            }
            return find(tx, characterId, craftId);
        }, render);
    }

    /** Locks the queue, applies what the clock changed (READY crafts consume and burn), returns the active ones. */
    private List<Craft> bringUpToDate(DbExecute tx, UUID characterId, Instant now) {
        crafts.lockQueue(tx, characterId);
        for (Craft craft : CraftQueue.advance(crafts.active(tx, characterId), now)) {
            crafts.update(tx, craft);
            if (craft.status() == CraftStatus.READY) {
                for (ItemStack ingredient : craft.ingredients()) {
                    ledger.consumeEscrowedItems(tx, characterId, ingredient.itemId(), ingredient.quantity());
                }
                ledger.burnEscrowed(tx, characterId, Currency.EDDIES, craft.eddiesCost(), Reason.CRAFT,
                        craft.craftId());
            }
        }
        return crafts.active(tx, characterId);
    }

    private Craft find(DbExecute tx, UUID characterId, UUID craftId) {
        return crafts.find(tx, characterId, craftId)
                .orElseThrow(() -> ProblemException.notFound("CRAFT_NOT_FOUND", "No craft of this character has this id."));
    }

    private Craft positioned(DbExecute tx, UUID characterId, Craft craft) {
        return craft.withPosition(positions(tx, characterId).get(craft.craftId()));
    }

    private Map<UUID, Integer> positions(DbExecute tx, UUID characterId) {
        Map<UUID, Integer> positions = new HashMap<>();
        List<Craft> active = crafts.active(tx, characterId);
        for (int i = 0; i < active.size(); i++) {
            positions.put(active.get(i).craftId(), i + 1);
        }
        return positions;
    }
}
