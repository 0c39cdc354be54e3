package com.necpgame.economy.api;

import com.necpgame.platform.idempotency.StoredJson;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.economy.lots.House;
import com.necpgame.economy.lots.LotRepository.LotFilter;
import com.necpgame.economy.lots.LotService;
import com.necpgame.economy.lots.LotSort;
import com.necpgame.economy.lots.LotStatus;
import com.necpgame.economy.lots.NewLot;
import com.necpgame.economy.mapping.LedgerMapper;
import com.necpgame.economy.mapping.LotMapper;
import com.necpgame.economy.model.AuctionBidReceiptDto;
import com.necpgame.economy.model.AuctionDto;
import com.necpgame.economy.model.BuyoutRequestDto;
import com.necpgame.economy.model.CancelLotRequestDto;
import com.necpgame.economy.model.CreateAuctionRequestDto;
import com.necpgame.economy.model.LotSortDto;
import com.necpgame.economy.model.LotStatusDto;
import com.necpgame.economy.model.PlaceBidRequestDto;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** The generic auction house: the same engine as Reef Exchange without seasons or anti-sniping. */
public final class AuctionsResource extends AuctionsService {
    private final LotService lots;
    private final StoredJson replies;
    private final LotMapper mapper = LotMapper.INSTANCE;

    public AuctionsResource(LotService lots, StoredJson replies) {
        this.lots = lots;
        this.replies = replies;
    }

    @Override
    protected void handleListAuctions(ServerRequest request, ServerResponse response, Optional<LotStatusDto> status,
                                      Optional<String> itemId, Optional<UUID> sellerCharacterId,
                                      Optional<LotSortDto> sort, Optional<Integer> page, Optional<Integer> limit) {
        var found = lots.list(new LotFilter(House.AUCTION, null,
                status.map(s -> LotStatus.valueOf(s.name())).orElse(null), itemId.orElse(null),
                sellerCharacterId.orElse(null), sort.map(s -> LotSort.valueOf(s.name())).orElse(LotSort.ENDING_SOONEST)),
                PageRequest.of(page, limit));
        ListAuctionsOp.Response200.builder().response(mapper.auctionPage(found)).send(response);
    }

    @Override
    protected void handleCreateAuction(ServerRequest request, ServerResponse response, String idempotencyKey,
                                       CreateAuctionRequestDto body) {
        NewLot lot = new NewLot(House.AUCTION, null, body.getSellerCharacterId(),
                LedgerMapper.INSTANCE.stack(body.getItem()), body.getStartingBid(), body.getBuyoutPrice(),
                body.getDurationHours().getValue());
        StoredResponse stored = lots.create(PlayerCaller.require(request).accountId(), idempotencyKey,
                StoredJson.body(request), lot, created -> replies.write(mapper.auction(created)));
        CreateAuctionOp.Response201.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), AuctionDto.class)).send(response);
    }

    @Override
    protected void handleGetAuction(ServerRequest request, ServerResponse response, UUID auctionId) {
        GetAuctionOp.Response200.builder().response(mapper.auction(lots.get(House.AUCTION, auctionId)))
                .send(response);
    }

    @Override
    protected void handlePlaceAuctionBid(ServerRequest request, ServerResponse response, UUID auctionId,
                                         String idempotencyKey, PlaceBidRequestDto body) {
        StoredResponse stored = lots.placeBid(PlayerCaller.require(request).accountId(), idempotencyKey,
                StoredJson.body(request), House.AUCTION, auctionId, body.getBidderCharacterId(), body.getAmount(),
                receipt -> replies.write(mapper.auctionReceipt(receipt)));
        PlaceAuctionBidOp.Response201.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), AuctionBidReceiptDto.class)).send(response);
    }

    @Override
    protected void handleListAuctionBids(ServerRequest request, ServerResponse response, UUID auctionId,
                                         Optional<Integer> page, Optional<Integer> limit) {
        ListAuctionBidsOp.Response200.builder()
                .response(mapper.auctionBidPage(lots.bids(House.AUCTION, auctionId, PageRequest.of(page, limit))))
                .send(response);
    }

    @Override
    protected void handleBuyoutAuction(ServerRequest request, ServerResponse response, UUID auctionId,
                                       String idempotencyKey, BuyoutRequestDto body) {
        StoredResponse stored = lots.buyout(PlayerCaller.require(request).accountId(), idempotencyKey,
                StoredJson.body(request), House.AUCTION, auctionId, body.getBuyerCharacterId(),
                lot -> replies.write(mapper.auction(lot)));
        BuyoutAuctionOp.Response200.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), AuctionDto.class)).send(response);
    }

    @Override
    protected void handleCancelAuction(ServerRequest request, ServerResponse response, UUID auctionId,
                                       String idempotencyKey, CancelLotRequestDto body) {
        StoredResponse stored = lots.cancel(PlayerCaller.require(request).accountId(), idempotencyKey,
                StoredJson.body(request), House.AUCTION, auctionId, body.getSellerCharacterId(),
                lot -> replies.write(mapper.auction(lot)));
        CancelAuctionOp.Response200.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), AuctionDto.class)).send(response);
    }
}
