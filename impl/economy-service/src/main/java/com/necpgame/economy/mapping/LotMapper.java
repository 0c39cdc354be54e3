package com.necpgame.economy.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.necpgame.economy.ledger.ItemStack;
import com.necpgame.economy.lots.Bid;
import com.necpgame.economy.lots.BidReceipt;
import com.necpgame.economy.lots.Lot;
import com.necpgame.economy.lots.SeasonView;
import com.necpgame.economy.lots.Settlement;
import com.necpgame.economy.model.AuctionBidDto;
import com.necpgame.economy.model.AuctionBidPageDto;
import com.necpgame.economy.model.AuctionBidReceiptDto;
import com.necpgame.economy.model.AuctionDto;
import com.necpgame.economy.model.AuctionPageDto;
import com.necpgame.economy.model.ItemStackDto;
import com.necpgame.economy.model.LotSettlementDto;
import com.necpgame.economy.model.ReefBidDto;
import com.necpgame.economy.model.ReefBidPageDto;
import com.necpgame.economy.model.ReefBidReceiptDto;
import com.necpgame.economy.model.ReefLotDto;
import com.necpgame.economy.model.ReefLotPageDto;
import com.necpgame.economy.model.ReefSeasonDto;
import com.necpgame.economy.model.ReefSeasonPageDto;
import com.necpgame.economy.model.ReefSeasonStatusDto;
import com.necpgame.platform.paging.Page;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Lots, bids and seasons of both houses to the generated API models. */
@Mapper
public interface LotMapper {
    LotMapper INSTANCE = Mappers.getMapper(LotMapper.class);

    @Mapping(target = "minimumNextBid", expression = "java(lot.minimumNextBid())")
    ReefLotDto reefLot(Lot lot);

    @Mapping(target = "auctionId", source = "lotId")
    @Mapping(target = "createdAt", source = "listedAt")
    @Mapping(target = "minimumNextBid", expression = "java(lot.minimumNextBid())")
    AuctionDto auction(Lot lot);

    LotSettlementDto settlement(Settlement settlement);

    ItemStackDto stack(ItemStack stack);

    ReefBidDto reefBid(Bid bid);

    @Mapping(target = "auctionId", source = "lotId")
    AuctionBidDto auctionBid(Bid bid);

    default ReefBidReceiptDto reefReceipt(BidReceipt receipt) {
        return new ReefBidReceiptDto(reefBid(receipt.bid()), reefLot(receipt.lot()));
    }

    default AuctionBidReceiptDto auctionReceipt(BidReceipt receipt) {
        return new AuctionBidReceiptDto(auctionBid(receipt.bid()), auction(receipt.lot()));
    }

    default ReefLotPageDto reefLotPage(Page<Lot> page) {
        return new ReefLotPageDto(page.items().stream().map(this::reefLot).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default AuctionPageDto auctionPage(Page<Lot> page) {
        return new AuctionPageDto(page.items().stream().map(this::auction).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default ReefBidPageDto reefBidPage(Page<Bid> page) {
        return new ReefBidPageDto(page.items().stream().map(this::reefBid).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default AuctionBidPageDto auctionBidPage(Page<Bid> page) {
        return new AuctionBidPageDto(page.items().stream().map(this::auctionBid).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default ReefSeasonDto season(SeasonView view) {
        var s = view.season();
        ReefSeasonDto dto = new ReefSeasonDto();
        dto.setSeasonId(s.seasonId());
        dto.setName(s.name());
        dto.setStatus(ReefSeasonStatusDto.valueOf(view.status().name()));
        dto.setOpensAt(offset(s.opensAt()));
        dto.setClosesAt(offset(s.closesAt()));
        dto.setActiveLotCount(s.activeLotCount());
        dto.setTotalLotCount(s.totalLotCount());
        dto.setSettledAt(view.status().name().equals("CLOSED") ? offset(s.settledAt()) : null);
        return dto;
    }

    default ReefSeasonPageDto seasonPage(Page<SeasonView> page) {
        return new ReefSeasonPageDto(page.items().stream().map(this::season).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default ReefLotDto.DurationHoursEnum reefDuration(int hours) {
        return ReefLotDto.DurationHoursEnum.fromValue(String.valueOf(hours));
    }

    default AuctionDto.DurationHoursEnum auctionDuration(int hours) {
        return AuctionDto.DurationHoursEnum.fromValue(String.valueOf(hours));
    }

    default OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
