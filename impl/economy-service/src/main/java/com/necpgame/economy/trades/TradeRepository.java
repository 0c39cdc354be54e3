package com.necpgame.economy.trades;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code trades} and {@code open_trades}; offers are stored as JSON. */
public final class TradeRepository {
    private final ObjectMapper json;

    public TradeRepository(ObjectMapper json) {
        this.json = json;
    }

    public void insert(DbExecute db, UUID tradeId, UUID initiator, UUID counterpart, Instant now) {
        db.createNamedInsert("trade-insert").addParam("tradeId", tradeId).addParam("initiator", initiator)
                .addParam("counterpart", counterpart).addParam("offer", write(Offer.EMPTY))
                .addParam("createdAt", Rows.param(now)).addParam("expiresAt", Rows.param(now.plus(Trade.LIFETIME)))
                .execute();
    }

    /** False when the character already takes part in an OPEN trade. */
    public boolean claimOpenSlot(DbExecute db, UUID characterId, UUID tradeId) {
        return db.createNamedInsert("open-trade-insert").addParam("characterId", characterId)
                .addParam("tradeId", tradeId).execute() == 1;
    }

    public Optional<UUID> openTradeOf(DbExecute db, UUID characterId) {
        return db.createNamedGet("open-trade-by-character").addParam("characterId", characterId).execute()
                .map(row -> Rows.uuid(row, "trade_id"));
    }

    public void releaseOpenSlots(DbExecute db, UUID tradeId) {
        db.createNamedDelete("open-trades-delete").addParam("tradeId", tradeId).execute();
    }

    public Optional<Trade> find(DbExecute db, UUID tradeId) {
        return db.createNamedGet("trade-by-id").addParam("tradeId", tradeId).execute().map(this::trade);
    }

    public Optional<Trade> lock(DbExecute db, UUID tradeId) {
        return db.createNamedGet("trade-by-id-for-update").addParam("tradeId", tradeId).execute().map(this::trade);
    }

    /** Replaces one side's offer, bumps the version and resets both confirmations. */
    public void setOffer(DbExecute db, UUID tradeId, boolean initiatorSide, Offer offer) {
        db.createNamedUpdate(initiatorSide ? "trade-set-initiator-offer" : "trade-set-counterpart-offer")
                .addParam("offer", write(offer)).addParam("tradeId", tradeId).execute();
    }

    public void confirm(DbExecute db, UUID tradeId, boolean initiatorSide, Instant now) {
        db.createNamedUpdate(initiatorSide ? "trade-confirm-initiator" : "trade-confirm-counterpart")
                .addParam("now", Rows.param(now)).addParam("tradeId", tradeId).execute();
    }

    public void finish(DbExecute db, UUID tradeId, TradeStatus status, Instant now, UUID cancelledBy) {
        db.createNamedUpdate("trade-finish").addParam("status", status.name()).addParam("now", Rows.param(now))
                .addParam("cancelledBy", Rows.param(cancelledBy))
                .addParam("tradeId", tradeId).execute();
    }

    public List<Trade> list(DbExecute db, UUID characterId, TradeStatus status, Instant now, PageRequest page) {
        return db.createNamedQuery("trades-by-character").addParam("characterId", characterId)
                .addParam("status", status == null ? null : status.name()).addParam("now", Rows.param(now))
                .addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(this::trade).toList();
    }

    public long count(DbExecute db, UUID characterId, TradeStatus status, Instant now) {
        return db.createNamedGet("trades-by-character-count").addParam("characterId", characterId)
                .addParam("status", status == null ? null : status.name()).addParam("now", Rows.param(now))
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    public List<UUID> expired(DbExecute db, Instant now, int limit) {
        return db.createNamedQuery("trades-expired").addParam("now", Rows.param(now)).addParam("limit", limit)
                .execute().map(row -> Rows.uuid(row, "trade_id")).toList();
    }

    private Trade trade(DbRow row) {
        return new Trade(Rows.uuid(row, "trade_id"), TradeStatus.valueOf(Rows.string(row, "status")),
                Rows.integer(row, "offer_version"),
                new TradeParty(Rows.uuid(row, "initiator_character_id"), read(Rows.string(row, "initiator_offer")),
                        Rows.optionalInstant(row, "initiator_confirmed_at").orElse(null)),
                new TradeParty(Rows.uuid(row, "counterpart_character_id"),
                        read(Rows.string(row, "counterpart_offer")),
                        Rows.optionalInstant(row, "counterpart_confirmed_at").orElse(null)),
                Rows.instant(row, "created_at"), Rows.instant(row, "expires_at"),
                Rows.optionalInstant(row, "completed_at").orElse(null),
                Rows.optionalInstant(row, "cancelled_at").orElse(null),
                Rows.optionalUuid(row, "cancelled_by").orElse(null));
    }

    private String write(Offer offer) {
        try {
            return json.writeValueAsString(offer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Offer read(String text) {
        try {
            return json.readValue(text, Offer.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored trade offer is not an Offer", e);
        }
    }
}
