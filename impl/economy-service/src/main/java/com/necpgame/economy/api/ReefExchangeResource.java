package com.necpgame.economy.api;

import com.necpgame.platform.idempotency.StoredJson;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.economy.lots.BidStatus;
import com.necpgame.economy.lots.House;
import com.necpgame.economy.lots.LotRepository.LotFilter;
import com.necpgame.economy.lots.LotService;
import com.necpgame.economy.lots.LotSort;
import com.necpgame.economy.lots.LotStatus;
import com.necpgame.economy.lots.NewLot;
import com.necpgame.economy.lots.SeasonService;
import com.necpgame.economy.lots.SeasonStatus;
import com.necpgame.economy.mapping.LedgerMapper;
import com.necpgame.economy.mapping.LotMapper;
import com.necpgame.economy.model.BidStatusDto;
import com.necpgame.economy.model.BuyoutRequestDto;
import com.necpgame.economy.model.CancelLotRequestDto;
import com.necpgame.economy.model.CreateReefLotRequestDto;
import com.necpgame.economy.model.CreateReefSeasonRequestDto;
import com.necpgame.economy.model.LotSortDto;
import com.necpgame.economy.model.LotStatusDto;
import com.necpgame.economy.model.PlaceBidRequestDto;
import com.necpgame.economy.model.ReefBidReceiptDto;
import com.necpgame.economy.model.ReefLotDto;
import com.necpgame.economy.model.ReefSeasonDto;
import com.necpgame.economy.model.ReefSeasonStatusDto;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.Caller;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** The twelve Reef Exchange operations: seasons (operator), lots, bids, buyout, withdrawal. */
public final class ReefExchangeResource extends ReefExchangeService {
    private final LotService lots;
    private final SeasonService seasons;
    private final StoredJson replies;
    private final LotMapper mapper = LotMapper.INSTANCE;

    public ReefExchangeResource(LotService lots, SeasonService seasons, StoredJson replies) {
        this.lots = lots;
        this.seasons = seasons;
        this.replies = replies;
    }

    @Override
    protected void handleListReefSeasons(ServerRequest request, ServerResponse response,
                                         Optional<ReefSeasonStatusDto> status, Optional<Integer> page,
                                         Optional<Integer> limit) {
        var found = seasons.list(status.map(s -> SeasonStatus.valueOf(s.name())).orElse(null),
                PageRequest.of(page, limit));
        ListReefSeasonsOp.Response200.builder().response(mapper.seasonPage(found)).send(response);
    }

    @Override
    protected void handleCreateReefSeason(ServerRequest request, ServerResponse response,
                                          CreateReefSeasonRequestDto body) {
        var season = seasons.create(Caller.require(request).subject(), body.getSeasonId(), body.getName(),
                body.getOpensAt().toInstant(), body.getClosesAt().toInstant());
        CreateReefSeasonOp.Response201.builder().response(mapper.season(season)).send(response);
    }

    @Override
    protected void handleGetReefSeason(ServerRequest request, ServerResponse response, String seasonId) {
        GetReefSeasonOp.Response200.builder().response(mapper.season(seasons.get(seasonId))).send(response);
    }

    @Override
    protected void handleCloseReefSeason(ServerRequest request, ServerResponse response, String seasonId,
                                         String idempotencyKey) {
        StoredResponse stored = seasons.close(Caller.require(request).subject(), idempotencyKey, seasonId,
                season -> replies.write(mapper.season(season)));
        CloseReefSeasonOp.Response202.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), ReefSeasonDto.class)).send(response);
    }

    @Override
    protected void handleListReefLots(ServerRequest request, ServerResponse response, String seasonId,
                                      Optional<LotStatusDto> status, Optional<String> itemId,
                                      Optional<UUID> sellerCharacterId, Optional<LotSortDto> sort,
                                      Optional<Integer> page, Optional<Integer> limit) {
        var found = lots.list(new LotFilter(House.REEF, seasonId,
                status.map(s -> LotStatus.valueOf(s.name())).orElse(null), itemId.orElse(null),
                sellerCharacterId.orElse(null), sort.map(s -> LotSort.valueOf(s.name())).orElse(LotSort.ENDING_SOONEST)),
                PageRequest.of(page, limit));
        ListReefLotsOp.Response200.builder().response(mapper.reefLotPage(found)).send(response);
    }

    @Override
    protected void handleCreateReefLot(ServerRequest request, ServerResponse response, String seasonId,
                                       String idempotencyKey, CreateReefLotRequestDto body) {
        NewLot lot = new NewLot(House.REEF, seasonId, body.getSellerCharacterId(),
                LedgerMapper.INSTANCE.stack(body.getItem()), body.getStartingBid(), body.getBuyoutPrice(),
                body.getDurationHours().getValue());
        StoredResponse stored = lots.create(PlayerCaller.require(request).accountId(), idempotencyKey,
                StoredJson.body(request), lot, created -> replies.write(mapper.reefLot(created)));
        CreateReefLotOp.Response201.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), ReefLotDto.class)).send(response);
    }

    @Override
    protected void handleGetReefLot(ServerRequest request, ServerResponse response, UUID lotId) {
        GetReefLotOp.Response200.builder().response(mapper.reefLot(lots.get(House.REEF, lotId))).send(response);
    }

    @Override
    protected void handlePlaceReefBid(ServerRequest request, ServerResponse response, UUID lotId,
                                      String idempotencyKey, PlaceBidRequestDto body) {
        StoredResponse stored = lots.placeBid(PlayerCaller.require(request).accountId(), idempotencyKey,
                StoredJson.body(request), House.REEF, lotId, body.getBidderCharacterId(), body.getAmount(),
                receipt -> replies.write(mapper.reefReceipt(receipt)));
        PlaceReefBidOp.Response201.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), ReefBidReceiptDto.class)).send(response);
    }

    @Override
    protected void handleListReefLotBids(ServerRequest request, ServerResponse response, UUID lotId,
                                         Optional<Integer> page, Optional<Integer> limit) {
        ListReefLotBidsOp.Response200.builder()
                .response(mapper.reefBidPage(lots.bids(House.REEF, lotId, PageRequest.of(page, limit))))
                .send(response);
    }

    @Override
    protected void handleBuyoutReefLot(ServerRequest request, ServerResponse response, UUID lotId,
                                       String idempotencyKey, BuyoutRequestDto body) {
        StoredResponse stored = lots.buyout(PlayerCaller.require(request).accountId(), idempotencyKey,
                StoredJson.body(request), House.REEF, lotId, body.getBuyerCharacterId(),
                lot -> replies.write(mapper.reefLot(lot)));
        BuyoutReefLotOp.Response200.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), ReefLotDto.class)).send(response);
    }

    @Override
    protected void handleCancelReefLot(ServerRequest request, ServerResponse response, UUID lotId,
                                       String idempotencyKey, CancelLotRequestDto body) {
        StoredResponse stored = lots.cancel(PlayerCaller.require(request).accountId(), idempotencyKey,
                StoredJson.body(request), House.REEF, lotId, body.getSellerCharacterId(),
                lot -> replies.write(mapper.reefLot(lot)));
        CancelReefLotOp.Response200.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), ReefLotDto.class)).send(response);
    }

    @Override
    protected void handleListMyReefBids(ServerRequest request, ServerResponse response, UUID characterId,
                                        Optional<BidStatusDto> status, Optional<Integer> page,
                                        Optional<Integer> limit) {
        var bids = lots.bidsOf(PlayerCaller.require(request).accountId(), House.REEF, characterId,
                status.map(s -> BidStatus.valueOf(s.name())).orElse(null), PageRequest.of(page, limit));
        ListMyReefBidsOp.Response200.builder().response(mapper.reefBidPage(bids)).send(response);
    }
}
