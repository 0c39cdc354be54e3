package com.necpgame.economy.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.necpgame.economy.grants.Grant;
import com.necpgame.economy.grants.ItemConsumption;
import com.necpgame.economy.ledger.Currency;
import com.necpgame.economy.ledger.CurrencyAmount;
import com.necpgame.economy.ledger.CurrencyBalance;
import com.necpgame.economy.ledger.CurrencyTotals;
import com.necpgame.economy.ledger.InventoryItem;
import com.necpgame.economy.ledger.ItemStack;
import com.necpgame.economy.ledger.LedgerEntry;
import com.necpgame.economy.ledger.LedgerInvariant;
import com.necpgame.economy.ledger.Wallet;
import com.necpgame.economy.model.CurrencyAmountDto;
import com.necpgame.economy.model.CurrencyBalanceDto;
import com.necpgame.economy.model.CurrencyTotalsDto;
import com.necpgame.economy.model.GameplayGrantAmountDto;
import com.necpgame.economy.model.GameplayGrantDto;
import com.necpgame.economy.model.GameplayGrantSourceDto;
import com.necpgame.economy.model.GameplayGrantCurrencyDto;
import com.necpgame.economy.model.InventoryItemDto;
import com.necpgame.economy.model.InventoryItemPageDto;
import com.necpgame.economy.model.ItemConsumptionDto;
import com.necpgame.economy.model.ItemStackDto;
import com.necpgame.economy.model.LedgerEntryDto;
import com.necpgame.economy.model.LedgerEntryPageDto;
import com.necpgame.economy.model.LedgerInvariantDto;
import com.necpgame.economy.model.OperatorGrantDto;
import com.necpgame.economy.model.RewardAmountDto;
import com.necpgame.economy.model.RewardCurrencyDto;
import com.necpgame.economy.model.RewardGrantDto;
import com.necpgame.economy.model.RewardSourceDto;
import com.necpgame.economy.model.WalletDto;
import com.necpgame.platform.paging.Page;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Wallets, ledgers, inventories, grants and the books: domain records to the generated API models and back. */
@Mapper
public interface LedgerMapper {
    LedgerMapper INSTANCE = Mappers.getMapper(LedgerMapper.class);

    WalletDto wallet(Wallet wallet);

    CurrencyBalanceDto balance(CurrencyBalance balance);

    LedgerEntryDto entry(LedgerEntry entry);

    InventoryItemDto item(InventoryItem item);

    ItemStackDto stack(ItemStack stack);

    CurrencyAmountDto amount(CurrencyAmount amount);

    @Mapping(target = "balanced", expression = "java(invariant.balanced())")
    LedgerInvariantDto invariant(LedgerInvariant invariant);

    @Mapping(target = "balanced", expression = "java(totals.balanced())")
    CurrencyTotalsDto totals(CurrencyTotals totals);

    @Mapping(target = "operatorGrantId", source = "id")
    @Mapping(target = "actor", source = "source")
    @Mapping(target = "note", source = "sourceRef")
    OperatorGrantDto operatorGrant(Grant grant);

    ItemConsumptionDto consumption(ItemConsumption consumption);

    default LedgerEntryPageDto entryPage(Page<LedgerEntry> page) {
        return new LedgerEntryPageDto(page.items().stream().map(this::entry).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default InventoryItemPageDto itemPage(Page<InventoryItem> page) {
        return new InventoryItemPageDto(page.items().stream().map(this::item).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default RewardGrantDto rewardGrant(Grant grant) {
        return new RewardGrantDto(grant.id(), grant.externalId(), grant.characterId(),
                RewardSourceDto.valueOf(grant.source()), grant.sourceRef(),
                grant.currencies().stream().map(a -> new RewardAmountDto(RewardCurrencyDto.valueOf(a.currency().name()),
                        a.amount())).toList(), offset(grant.grantedAt()));
    }

    default GameplayGrantDto gameplayGrant(Grant grant) {
        return new GameplayGrantDto(grant.id(), grant.externalId(), grant.characterId(),
                GameplayGrantSourceDto.valueOf(grant.source()), grant.sourceRef(),
                grant.currencies().stream().map(a -> new GameplayGrantAmountDto(
                        GameplayGrantCurrencyDto.valueOf(a.currency().name()), a.amount())).toList(),
                grant.itemStacks().stream().map(this::stack).toList(), offset(grant.grantedAt()));
    }

    // --- requests to the domain --------------------------------------------------------------------------

    default List<CurrencyAmount> currencyAmounts(List<CurrencyAmountDto> amounts) {
        return amounts == null ? List.of() : amounts.stream()
                .map(a -> new CurrencyAmount(Currency.valueOf(a.getCurrency().name()), a.getAmount())).toList();
    }

    default List<CurrencyAmount> rewardAmounts(List<RewardAmountDto> amounts) {
        return amounts == null ? List.of() : amounts.stream()
                .map(a -> new CurrencyAmount(Currency.valueOf(a.getCurrency().name()), a.getAmount())).toList();
    }

    default List<CurrencyAmount> gameplayAmounts(List<GameplayGrantAmountDto> amounts) {
        return amounts == null ? List.of() : amounts.stream()
                .map(a -> new CurrencyAmount(Currency.valueOf(a.getCurrency().name()), a.getAmount())).toList();
    }

    default List<ItemStack> stacks(List<ItemStackDto> stacks) {
        return stacks == null ? List.of() : stacks.stream().map(this::stack).toList();
    }

    default ItemStack stack(ItemStackDto stack) {
        return new ItemStack(stack.getItemId(), stack.getQuantity());
    }

    default OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
