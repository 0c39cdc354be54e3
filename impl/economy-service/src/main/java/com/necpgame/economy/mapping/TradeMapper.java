package com.necpgame.economy.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.necpgame.economy.ledger.Currency;
import com.necpgame.economy.ledger.CurrencyAmount;
import com.necpgame.economy.ledger.ItemStack;
import com.necpgame.economy.trades.Offer;
import com.necpgame.economy.trades.Trade;
import com.necpgame.economy.trades.TradeParty;
import com.necpgame.economy.model.ItemStackDto;
import com.necpgame.economy.model.TradableCurrencyDto;
import com.necpgame.economy.model.TradeCurrencyAmountDto;
import com.necpgame.economy.model.TradeDto;
import com.necpgame.economy.model.TradeOfferDto;
import com.necpgame.economy.model.TradePageDto;
import com.necpgame.economy.model.TradePartyDto;
import com.necpgame.economy.model.TradeStatusDto;
import com.necpgame.platform.paging.Page;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Trades to the generated API models and offers back. */
@Mapper
public interface TradeMapper {
    TradeMapper INSTANCE = Mappers.getMapper(TradeMapper.class);

    TradeDto trade(Trade trade);

    @Mapping(target = "confirmed", expression = "java(party.confirmed())")
    TradePartyDto party(TradeParty party);

    TradeOfferDto offer(Offer offer);

    ItemStackDto stack(ItemStack stack);

    default TradeCurrencyAmountDto amount(CurrencyAmount amount) {
        return new TradeCurrencyAmountDto(TradableCurrencyDto.valueOf(amount.currency().name()), amount.amount());
    }

    default TradeStatusDto status(com.necpgame.economy.trades.TradeStatus status) {
        return TradeStatusDto.valueOf(status.name());
    }

    default TradePageDto tradePage(Page<Trade> page) {
        return new TradePageDto(page.items().stream().map(this::trade).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default Offer offer(TradeOfferDto offer) {
        return new Offer(
                offer.getItems() == null ? java.util.List.of() : offer.getItems().stream()
                        .map(s -> new ItemStack(s.getItemId(), s.getQuantity())).toList(),
                offer.getCurrencies() == null ? java.util.List.of() : offer.getCurrencies().stream()
                        .map(c -> new CurrencyAmount(Currency.valueOf(c.getCurrency().name()), c.getAmount())).toList());
    }

    default OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
