package com.necpgame.economy.trades;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.necpgame.economy.character.CharacterDirectory;
import com.necpgame.economy.ledger.CurrencyAmount;
import com.necpgame.economy.ledger.ItemStack;
import com.necpgame.economy.ledger.Ledger;
import com.necpgame.economy.ledger.Reason;
import com.necpgame.economy.tx.Work;
import com.necpgame.platform.db.SqlErrors;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * Trades between two characters: offers held in escrow, any change resets both confirmations, the second
 * confirmation swaps both offers in one transaction, and an OPEN trade expires 5 minutes after it opened (its
 * escrow released by the expiry job, or by the next change that touches it). Every change holds the trade's row lock.
 */
public final class TradeService {
    private final DbClient db;
    private final Work work;
    private final TradeRepository trades;
    private final Ledger ledger;
    private final CharacterDirectory characters;
    private final Clock clock;

    public TradeService(DbClient db, Work work, TradeRepository trades, Ledger ledger, CharacterDirectory characters,
                        Clock clock) {
        this.db = db;
        this.work = work;
        this.trades = trades;
        this.ledger = ledger;
        this.characters = characters;
        this.clock = clock;
    }

    /** 422 TRADE_WITH_SELF, 404 for an unknown counterpart, 409 TRADE_ALREADY_OPEN for either character. */
    public Trade create(UUID accountId, UUID initiator, UUID counterpart) {
        characters.requireOwned(accountId, initiator);
        if (initiator.equals(counterpart)) {
            throw ProblemException.unprocessable("TRADE_WITH_SELF", "A character cannot trade with itself.");
        }
        characters.requireLive(counterpart);
        try {
            return work.inTransaction(tx -> {
                Instant now = clock.instant();
                expireOpenTradeOf(tx, initiator, now);
                expireOpenTradeOf(tx, counterpart, now);
                UUID tradeId = UUID.randomUUID();
                trades.insert(tx, tradeId, initiator, counterpart, now);
                if (!trades.claimOpenSlot(tx, initiator, tradeId) || !trades.claimOpenSlot(tx, counterpart, tradeId)) {
                    throw alreadyOpen();
                }
                return trades.find(tx, tradeId).orElseThrow();
            });
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw alreadyOpen();
            }
            throw e;
        }
    }

    /** Only the owners of the two characters read a trade (403 NOT_TRADE_PARTY). */
    public Trade get(UUID accountId, UUID tradeId) {
        Trade trade = trades.find(db.execute(), tradeId).orElseThrow(TradeService::notFound);
        if (!ownsEither(accountId, trade)) {
            throw notParty();
        }
        return trade.asSeenAt(clock.instant());
    }

    public Page<Trade> list(UUID accountId, UUID characterId, TradeStatus status, PageRequest page) {
        characters.requireOwned(accountId, characterId);
        Instant now = clock.instant();
        DbExecute read = db.execute();
        return new Page<>(trades.list(read, characterId, status, now, page).stream().map(t -> t.asSeenAt(now))
                .toList(), page, trades.count(read, characterId, status, now));
    }

    /** Replaces one side's offer: the new one into escrow, the old one released, both confirmations reset. */
    public StoredResponse updateOffer(UUID accountId, String key, byte[] body, UUID tradeId, UUID characterId,
                                      Offer offer, Function<Trade, String> render) {
        characters.requireOwned(accountId, characterId);
        requireDistinct(offer);
        return work.once(accountId.toString(), "updateTradeOffer", key, body, 200, tx -> {
            Instant now = clock.instant();
            Trade trade = openTrade(tx, tradeId, characterId, now);
            release(tx, characterId, trade.side(characterId).offer(), tradeId);
            hold(tx, characterId, offer, tradeId);
            trades.setOffer(tx, tradeId, trade.initiator().characterId().equals(characterId), offer);
            return trades.find(tx, tradeId).orElseThrow();
        }, render);
    }

    /** Confirms the current offers; the second confirmation swaps them (ledger TRANSFER_OUT/IN) atomically. */
    public StoredResponse confirm(UUID accountId, String key, byte[] body, UUID tradeId, UUID characterId,
                                  int offerVersion, Function<Trade, String> render) {
        characters.requireOwned(accountId, characterId);
        return work.once(accountId.toString(), "confirmTrade", key, body, 200, tx -> {
            Instant now = clock.instant();
            Trade trade = openTrade(tx, tradeId, characterId, now);
            if (trade.offerVersion() != offerVersion) {
                throw ProblemException.conflict("OFFER_CHANGED",
                        "The offers changed (version " + trade.offerVersion() + "); confirm them again.");
            }
            if (trade.initiator().offer().givesNothing() && trade.counterpart().offer().givesNothing()) {
                throw ProblemException.unprocessable("EMPTY_TRADE", "Both offers are empty.");
            }
            if (trade.side(characterId).confirmed()) {
                return trade;
            }
            trades.confirm(tx, tradeId, trade.initiator().characterId().equals(characterId), now);
            if (trade.otherSide(characterId).confirmed()) {
                swap(tx, trade);
                trades.finish(tx, tradeId, TradeStatus.COMPLETED, now, null);
                trades.releaseOpenSlots(tx, tradeId);
            }
            return trades.find(tx, tradeId).orElseThrow();
        }, render);
    }

    /** Either party cancels an OPEN trade and both offers are released; CANCELLED or EXPIRED answer unchanged. */
    public StoredResponse cancel(UUID accountId, String key, byte[] body, UUID tradeId, UUID characterId,
                                 Function<Trade, String> render) {
        characters.requireOwned(accountId, characterId);
        return work.once(accountId.toString(), "cancelTrade", key, body, 200, tx -> {
            Instant now = clock.instant();
            Trade trade = partyTrade(tx, tradeId, characterId);
            switch (trade.statusAt(now)) {
                case COMPLETED -> throw notOpen();
                case OPEN -> {
                    releaseBoth(tx, trade);
                    trades.finish(tx, tradeId, TradeStatus.CANCELLED, now, characterId);
                    trades.releaseOpenSlots(tx, tradeId);
                }
                case EXPIRED -> expire(tx, trade, now);
                case CANCELLED -> { }
            }
            return trades.find(tx, tradeId).orElseThrow().asSeenAt(now);
        }, render);
    }

    /** Releases the escrow of every OPEN trade past its expiry; idempotent. Returns how many it expired. */
    public int expireDue() {
        int expired = 0;
        for (UUID tradeId : trades.expired(db.execute(), clock.instant(), 200)) {
            expired += work.inTransaction(tx -> {
                Trade trade = trades.lock(tx, tradeId).orElseThrow();
                return expire(tx, trade, clock.instant()) ? 1 : 0;
            });
        }
        return expired;
    }

    private void expireOpenTradeOf(DbExecute tx, UUID characterId, Instant now) {
        trades.openTradeOf(tx, characterId).flatMap(id -> trades.lock(tx, id)).ifPresent(t -> expire(tx, t, now));
    }

    /** Expires a stored-OPEN trade whose time is up; false otherwise. */
    private boolean expire(DbExecute tx, Trade trade, Instant now) {
        if (trade.status() != TradeStatus.OPEN || trade.statusAt(now) != TradeStatus.EXPIRED) {
            return false;
        }
        releaseBoth(tx, trade);
        trades.finish(tx, trade.tradeId(), TradeStatus.EXPIRED, now, null);
        trades.releaseOpenSlots(tx, trade.tradeId());
        return true;
    }

    private Trade openTrade(DbExecute tx, UUID tradeId, UUID characterId, Instant now) {
        Trade trade = partyTrade(tx, tradeId, characterId);
        if (trade.statusAt(now) != TradeStatus.OPEN) {
            throw notOpen();
        }
        return trade;
    }

    private Trade partyTrade(DbExecute tx, UUID tradeId, UUID characterId) {
        Trade trade = trades.lock(tx, tradeId).orElseThrow(TradeService::notFound);
        if (!trade.hasParty(characterId)) {
            throw notParty();
        }
        return trade;
    }

    private void swap(DbExecute tx, Trade trade) {
        give(tx, trade.initiator(), trade.counterpart().characterId(), trade.tradeId());
        give(tx, trade.counterpart(), trade.initiator().characterId(), trade.tradeId());
    }

    private void give(DbExecute tx, TradeParty from, UUID to, UUID tradeId) {
        for (CurrencyAmount amount : from.offer().currencies()) {
            ledger.transferEscrowed(tx, from.characterId(), to, amount.currency(), amount.amount(), Reason.TRADE,
                    tradeId);
        }
        for (ItemStack stack : from.offer().items()) {
            ledger.transferEscrowedItems(tx, from.characterId(), to, stack.itemId(), stack.quantity());
        }
    }

    private void releaseBoth(DbExecute tx, Trade trade) {
        release(tx, trade.initiator().characterId(), trade.initiator().offer(), trade.tradeId());
        release(tx, trade.counterpart().characterId(), trade.counterpart().offer(), trade.tradeId());
    }

    private void hold(DbExecute tx, UUID characterId, Offer offer, UUID tradeId) {
        for (CurrencyAmount amount : offer.currencies()) {
            ledger.hold(tx, characterId, amount.currency(), amount.amount(), Reason.TRADE, tradeId);
        }
        for (ItemStack stack : offer.items()) {
            ledger.holdItems(tx, characterId, stack.itemId(), stack.quantity());
        }
    }

    private void release(DbExecute tx, UUID characterId, Offer offer, UUID tradeId) {
        for (CurrencyAmount amount : offer.currencies()) {
            ledger.release(tx, characterId, amount.currency(), amount.amount(), Reason.TRADE, tradeId);
        }
        for (ItemStack stack : offer.items()) {
            ledger.releaseItems(tx, characterId, stack.itemId(), stack.quantity());
        }
    }

    private boolean ownsEither(UUID accountId, Trade trade) {
        return characters.requireExisting(trade.initiator().characterId()).accountId().equals(accountId)
                || characters.requireExisting(trade.counterpart().characterId()).accountId().equals(accountId);
    }

    private static void requireDistinct(Offer offer) {
        Set<Object> seen = new HashSet<>();
        if (!offer.items().stream().allMatch(i -> seen.add(i.itemId()))
                || !offer.currencies().stream().allMatch(c -> seen.add(c.currency()))) {
            throw ProblemException.unprocessable("DUPLICATE_OFFER_ENTRY",
                    "Each item and each currency may appear at most once in an offer.");
        }
    }

    private static ProblemException alreadyOpen() {
        return ProblemException.conflict("TRADE_ALREADY_OPEN", "A character takes part in one open trade at a time.");
    }

    private static ProblemException notOpen() {
        return ProblemException.conflict("TRADE_NOT_OPEN", "This trade is no longer open.");
    }

    private static ProblemException notParty() {
        return ProblemException.forbidden("NOT_TRADE_PARTY", "Only the two parties take part in this trade.");
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("TRADE_NOT_FOUND", "No trade has this id.");
    }
}
