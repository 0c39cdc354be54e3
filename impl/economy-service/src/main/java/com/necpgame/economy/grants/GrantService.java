package com.necpgame.economy.grants;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.necpgame.economy.character.CharacterDirectory;
import com.necpgame.economy.ledger.CurrencyAmount;
import com.necpgame.economy.ledger.ItemStack;
import com.necpgame.economy.ledger.Ledger;
import com.necpgame.economy.ledger.Reason;
import com.necpgame.economy.tx.Work;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbExecute;

/**
 * The mints (operator grants, social rewards, gameplay grants) and gameplay's item consumptions: each once per
 * Idempotency-Key and once per external id, all of it in one transaction.
 */
public final class GrantService {
    private final Work work;
    private final Ledger ledger;
    private final GrantRepository grants;
    private final CharacterDirectory characters;
    private final Clock clock;

    public GrantService(Work work, Ledger ledger, GrantRepository grants, CharacterDirectory characters, Clock clock) {
        this.work = work;
        this.ledger = ledger;
        this.grants = grants;
        this.characters = characters;
        this.clock = clock;
    }

    /** Operator only: mints for support and test set-up; {@code actor} is the operator token's sub. */
    public StoredResponse grantOperatorFunds(String actor, String key, byte[] body, UUID characterId,
                                             List<CurrencyAmount> currencies, List<ItemStack> items, String note,
                                             Function<Grant, String> render) {
        requireSomething(currencies, items);
        requireDistinct(currencies, items);
        characters.requireExisting(characterId);
        return work.once(actor, "grantOperatorFunds", key, body, 201, tx -> {
            Grant grant = new Grant(UUID.randomUUID(), null, characterId, actor, note, currencies, items,
                    clock.instant());
            grants.insertOperatorGrant(tx, grant);
            credit(tx, grant, Reason.OPERATOR_GRANT);
            return grant;
        }, render);
    }

    /** social-service's Neon Popularity Reset rewards; 409 REWARD_ALREADY_GRANTED for a granted rewardId. */
    public StoredResponse grantReward(String caller, String key, byte[] body, UUID rewardId, UUID characterId,
                                      String source, String sourceRef, List<CurrencyAmount> amounts,
                                      Function<Grant, String> render) {
        requireDistinct(amounts, List.of());
        characters.requireExisting(characterId);
        return work.once(caller, "grantReward", key, body, 201, tx -> {
            Grant grant = new Grant(UUID.randomUUID(), rewardId, characterId, source, sourceRef, amounts, List.of(),
                    clock.instant());
            if (!grants.insertReward(tx, grant)) {
                throw ProblemException.conflict("REWARD_ALREADY_GRANTED", "This rewardId was granted before.");
            }
            credit(tx, grant, Reason.REWARD);
            return grant;
        }, render);
    }

    /** gameplay-service's quest rewards and raid loot; 409 GRANT_ALREADY_CREDITED for a credited grantId. */
    public StoredResponse creditGameplayGrant(String caller, String key, byte[] body, UUID grantId, UUID characterId,
                                              String source, String sourceRef, List<CurrencyAmount> currencies,
                                              List<ItemStack> items, Function<Grant, String> render) {
        requireSomething(currencies, items);
        requireDistinct(currencies, items);
        characters.requireExisting(characterId);
        return work.once(caller, "creditGameplayGrant", key, body, 201, tx -> {
            Grant grant = new Grant(UUID.randomUUID(), grantId, characterId, source, sourceRef, currencies, items,
                    clock.instant());
            if (!grants.insertGameplayGrant(tx, grant)) {
                throw ProblemException.conflict("GRANT_ALREADY_CREDITED", "This grantId was credited before.");
            }
            credit(tx, grant, "RAID_LOOT".equals(source) ? Reason.RAID_LOOT : Reason.QUEST_REWARD);
            return grant;
        }, render);
    }

    /** gameplay-service's combat item use: 422 ITEM_NOT_OWNED, 409 CONSUMPTION_ALREADY_RECORDED. */
    public StoredResponse consumeInventoryItem(String caller, String key, byte[] body, UUID consumptionId,
                                               UUID characterId, String itemId, int quantity, String source,
                                               UUID sourceRef, Function<ItemConsumption, String> render) {
        characters.requireLive(characterId);
        return work.once(caller, "consumeInventoryItem", key, body, 201, tx -> {
            int after = ledger.consumeAvailableItems(tx, characterId, itemId, quantity, "ITEM_NOT_OWNED");
            ItemConsumption consumption = new ItemConsumption(UUID.randomUUID(), consumptionId, characterId, itemId,
                    quantity, source, sourceRef, after, clock.instant());
            if (!grants.insertConsumption(tx, consumption)) {
                throw ProblemException.conflict("CONSUMPTION_ALREADY_RECORDED",
                        "This consumptionId was recorded before.");
            }
            return consumption;
        }, render);
    }

    private void credit(DbExecute tx, Grant grant, Reason reason) {
        for (CurrencyAmount amount : grant.currencies()) {
            ledger.mint(tx, grant.characterId(), amount.currency(), amount.amount(), reason, grant.id());
        }
        for (ItemStack stack : grant.itemStacks()) {
            ledger.addItems(tx, grant.characterId(), stack.itemId(), stack.quantity());
        }
    }

    private static void requireSomething(List<CurrencyAmount> currencies, List<ItemStack> items) {
        if (currencies.isEmpty() && items.isEmpty()) {
            throw ProblemException.badRequest("EMPTY_GRANT", "A grant needs at least one currency or item.");
        }
    }

    private static void requireDistinct(List<CurrencyAmount> currencies, List<ItemStack> items) {
        Set<Object> seen = new HashSet<>();
        boolean distinct = currencies.stream().allMatch(c -> seen.add(c.currency()))
                && items.stream().allMatch(i -> seen.add(i.itemId()));
        if (!distinct) {
            throw ProblemException.unprocessable("DUPLICATE_GRANT_ENTRY",
                    "Each currency and each item may appear at most once.");
        }
    }
}
