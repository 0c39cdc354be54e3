package com.necpgame.economy.api;

import com.necpgame.platform.idempotency.StoredJson;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.economy.mapping.TradeMapper;
import com.necpgame.economy.model.CancelTradeRequestDto;
import com.necpgame.economy.model.ConfirmTradeRequestDto;
import com.necpgame.economy.model.CreateTradeRequestDto;
import com.necpgame.economy.model.TradeDto;
import com.necpgame.economy.model.TradeStatusDto;
import com.necpgame.economy.model.UpdateTradeOfferRequestDto;
import com.necpgame.economy.trades.TradeService;
import com.necpgame.economy.trades.TradeStatus;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.security.PlayerCaller;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Trade sessions between two characters. */
public final class TradesResource extends TradesService {
    private final TradeService trades;
    private final StoredJson replies;
    private final TradeMapper mapper = TradeMapper.INSTANCE;

    public TradesResource(TradeService trades, StoredJson replies) {
        this.trades = trades;
        this.replies = replies;
    }

    @Override
    protected void handleCreateTrade(ServerRequest request, ServerResponse response, CreateTradeRequestDto body) {
        var trade = trades.create(PlayerCaller.require(request).accountId(), body.getInitiatorCharacterId(),
                body.getCounterpartCharacterId());
        CreateTradeOp.Response201.builder().response(mapper.trade(trade)).send(response);
    }

    @Override
    protected void handleListTrades(ServerRequest request, ServerResponse response, UUID characterId,
                                    Optional<TradeStatusDto> status, Optional<Integer> page, Optional<Integer> limit) {
        var found = trades.list(PlayerCaller.require(request).accountId(), characterId,
                status.map(s -> TradeStatus.valueOf(s.name())).orElse(null), PageRequest.of(page, limit));
        ListTradesOp.Response200.builder().response(mapper.tradePage(found)).send(response);
    }

    @Override
    protected void handleGetTrade(ServerRequest request, ServerResponse response, UUID tradeId) {
        GetTradeOp.Response200.builder()
                .response(mapper.trade(trades.get(PlayerCaller.require(request).accountId(), tradeId)))
                .send(response);
    }

    @Override
    protected void handleUpdateTradeOffer(ServerRequest request, ServerResponse response, UUID tradeId,
                                          String idempotencyKey, UpdateTradeOfferRequestDto body) {
        StoredResponse stored = trades.updateOffer(PlayerCaller.require(request).accountId(), idempotencyKey,
                StoredJson.body(request), tradeId, body.getCharacterId(), mapper.offer(body.getOffer()),
                trade -> replies.write(mapper.trade(trade)));
        UpdateTradeOfferOp.Response200.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), TradeDto.class)).send(response);
    }

    @Override
    protected void handleConfirmTrade(ServerRequest request, ServerResponse response, UUID tradeId,
                                      String idempotencyKey, ConfirmTradeRequestDto body) {
        StoredResponse stored = trades.confirm(PlayerCaller.require(request).accountId(), idempotencyKey,
                StoredJson.body(request), tradeId, body.getCharacterId(), body.getOfferVersion(),
                trade -> replies.write(mapper.trade(trade)));
        ConfirmTradeOp.Response200.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), TradeDto.class)).send(response);
    }

    @Override
    protected void handleCancelTrade(ServerRequest request, ServerResponse response, UUID tradeId,
                                     String idempotencyKey, CancelTradeRequestDto body) {
        StoredResponse stored = trades.cancel(PlayerCaller.require(request).accountId(), idempotencyKey,
                StoredJson.body(request), tradeId, body.getCharacterId(), trade -> replies.write(mapper.trade(trade)));
        CancelTradeOp.Response200.builder().idempotencyReplayed(stored.replayed())
                .response(replies.read(stored.body(), TradeDto.class)).send(response);
    }
}
