package com.necpgame.economy.grants;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.necpgame.economy.ledger.CurrencyAmount;
import com.necpgame.economy.ledger.ItemStack;

/**
 * A credited mint of currencies and items: an operator grant, a social reward or a gameplay grant. {@code id} is
 * economy-service's id (the ledger's referenceId), {@code externalId} the sender's (rewardId, grantId; null for an
 * operator grant); {@code source}/{@code sourceRef} the sender's, the operator's actor and note for an operator grant.
 */
public record Grant(UUID id, UUID externalId, UUID characterId, String source, String sourceRef,
                    List<CurrencyAmount> currencies, List<ItemStack> itemStacks, Instant grantedAt) {
}
