package com.necpgame.economy.lots;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.necpgame.economy.character.CharacterDirectory;
import com.necpgame.economy.ledger.Currency;
import com.necpgame.economy.ledger.Ledger;
import com.necpgame.economy.tx.Work;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * The rules of both auction houses: listing with the item in escrow, bids held in escrow with the outbid bidder
 * refunded in the same transaction, anti-sniping on Reef Exchange, buyout, withdrawal, and settlement (winner gets
 * the item, seller 95%, 5% burned; unsold items return). Everything that changes a lot holds its row lock, so bids,
 * buyouts and settlements of one lot are serialized and a lot is settled exactly once.
 */
public final class LotService {
    private final DbClient db;
    private final Work work;
    private final LotRepository lots;
    private final Ledger ledger;
    private final CharacterDirectory characters;
    private final Clock clock;
    private final SettlementMetrics settlements;

    public LotService(DbClient db, Work work, LotRepository lots, Ledger ledger, CharacterDirectory characters,
                      Clock clock, SettlementMetrics settlements) {
        this.db = db;
        this.work = work;
        this.lots = lots;
        this.ledger = ledger;
        this.characters = characters;
        this.clock = clock;
        this.settlements = settlements;
    }

    /** Lists an item stack of the caller's character; 201 with the lot. */
    public StoredResponse create(UUID accountId, String key, byte[] body, NewLot lot, Function<Lot, String> render) {
        characters.requireOwned(accountId, lot.sellerCharacterId());
        if (lot.buyoutPrice() != null && lot.buyoutPrice() <= lot.startingBid()) {
            throw ProblemException.unprocessable("INVALID_BUYOUT", "The buyout price must exceed the starting bid.");
        }
        return work.once(accountId.toString(), operation(lot.house(), "createAuction", "createReefLot"), key, body,
                201, tx -> {
                    Instant now = clock.instant();
                    Instant seasonCloses = null;
                    if (lot.house() == House.REEF) {
                        Season season = lots.findSeasonWindow(tx, lot.seasonId()).orElseThrow(LotService::seasonNotFound);
                        if (season.statusAt(now) != SeasonStatus.OPEN) {
                            throw ProblemException.conflict("SEASON_NOT_OPEN",
                                    "Lots are listed only while the season is open.");
                        }
                        seasonCloses = season.closesAt();
                    }
                    lots.lockSeller(tx, lot.house(), lot.sellerCharacterId());
                    if (lots.countActiveOf(tx, lot.house(), lot.sellerCharacterId()) >= lot.house().maxActivePerSeller) {
                        throw ProblemException.unprocessable(lot.house().limitReached, "At most "
                                + lot.house().maxActivePerSeller + " active lots per seller.");
                    }
                    UUID lotId = UUID.randomUUID();
                    ledger.holdItems(tx, lot.sellerCharacterId(), lot.item().itemId(), lot.item().quantity());
                    lots.insert(tx, lotId, lot, now, LotRules.closeOf(now, lot.durationHours(), seasonCloses));
                    return lots.find(tx, lotId).orElseThrow();
                }, render);
    }

    public Lot get(House house, UUID lotId) {
        return inHouse(lots.find(db.execute(), lotId), house);
    }

    public Page<Lot> list(LotRepository.LotFilter filter, PageRequest page) {
        DbExecute read = db.execute();
        if (filter.house() == House.REEF && lots.findSeasonWindow(read, filter.seasonId()).isEmpty()) {
            throw seasonNotFound();
        }
        return new Page<>(lots.list(read, filter, page), page, lots.count(read, filter));
    }

    public Page<Bid> bids(House house, UUID lotId, PageRequest page) {
        DbExecute read = db.execute();
        inHouse(lots.find(read, lotId), house);
        return new Page<>(lots.bidsOfLot(read, lotId, page), page, lots.countBidsOfLot(read, lotId));
    }

    /** A character's bids in a house, newest first; owner only. */
    public Page<Bid> bidsOf(UUID accountId, House house, UUID bidder, BidStatus status, PageRequest page) {
        characters.requireOwned(accountId, bidder);
        DbExecute read = db.execute();
        return new Page<>(lots.bidsOfBidder(read, house, bidder, status, page), page,
                lots.countBidsOfBidder(read, house, bidder, status));
    }

    /**
     * A bid of the caller's character: held in escrow, the previous leader refunded, the close extended when it
     * came in the last 5 minutes (Reef Exchange); 201 with the receipt.
     */
    public StoredResponse placeBid(UUID accountId, String key, byte[] body, House house, UUID lotId, UUID bidder,
                                   long amount, Function<BidReceipt, String> render) {
        characters.requireOwned(accountId, bidder);
        return work.once(accountId.toString(), operation(house, "placeAuctionBid", "placeReefBid"), key, body, 201,
                tx -> {
                    Instant now = clock.instant();
                    LotRepository.LockedLot locked = lockedInHouse(lots.lockWithSeason(tx, lotId), house);
                    Lot lot = locked.lot();
                    Instant deadline = requireOpen(locked, now);
                    if (bidder.equals(lot.sellerCharacterId())) {
                        throw ProblemException.unprocessable(house.own, "The seller may not bid.");
                    }
                    if (bidder.equals(lot.leadingBidderCharacterId())) {
                        throw ProblemException.unprocessable("ALREADY_LEADING", "This bid already leads.");
                    }
                    if (amount < lot.minimumNextBid()) {
                        throw ProblemException.unprocessable("BID_TOO_LOW",
                                "The minimum bid is " + lot.minimumNextBid() + ".");
                    }
                    if (lot.buyoutPrice() != null && amount >= lot.buyoutPrice()) {
                        throw ProblemException.unprocessable("USE_BUYOUT",
                                "A bid at or above the buyout price is a buyout.");
                    }
                    ledger.hold(tx, bidder, Currency.EDDIES, amount, house.bid, lotId);
                    releaseLeader(tx, lot); // recordBid marks the outbid bid REFUNDED in its own statement
                    Optional<Instant> extended = house.antiSniping
                            ? LotRules.extendedClose(lot.closesAt(), now, deadline) : Optional.empty();
                    Bid bid = new Bid(UUID.randomUUID(), lotId, lot.seasonId(), bidder, amount, BidStatus.LEADING, now,
                            extended.isPresent(), null);
                    return new BidReceipt(bid, lots.recordBid(tx, bid, lot.leadingBidId(),
                            extended.orElse(lot.closesAt())));
                }, render);
    }

    /** Buys the lot at once: the leader refunded, the buyer pays, the sale settled; 200 with the lot. */
    public StoredResponse buyout(UUID accountId, String key, byte[] body, House house, UUID lotId, UUID buyer,
                                 Function<Lot, String> render) {
        characters.requireOwned(accountId, buyer);
        return work.once(accountId.toString(), operation(house, "buyoutAuction", "buyoutReefLot"), key, body, 200,
                tx -> {
                    Instant now = clock.instant();
                    LotRepository.LockedLot locked = lockedInHouse(lots.lockWithSeason(tx, lotId), house);
                    Lot lot = locked.lot();
                    requireOpen(locked, now);
                    if (lot.buyoutPrice() == null) {
                        throw ProblemException.unprocessable("NO_BUYOUT", "This lot has no buyout price.");
                    }
                    if (buyer.equals(lot.sellerCharacterId())) {
                        throw ProblemException.unprocessable(house.own, "The seller may not buy.");
                    }
                    refundLeader(tx, lot, now);
                    ledger.hold(tx, buyer, Currency.EDDIES, lot.buyoutPrice(), house.bid, lotId);
                    sell(tx, lot, buyer, lot.buyoutPrice(), SettlementOutcome.BOUGHT_OUT, now);
                    return lots.find(tx, lotId).orElseThrow();
                }, render);
    }

    /** The seller withdraws a lot without bids; the item returns. 200 with the lot. */
    public StoredResponse cancel(UUID accountId, String key, byte[] body, House house, UUID lotId, UUID seller,
                                 Function<Lot, String> render) {
        characters.requireOwned(accountId, seller);
        return work.once(accountId.toString(), operation(house, "cancelAuction", "cancelReefLot"), key, body, 200,
                tx -> {
                    Instant now = clock.instant();
                    Lot lot = inHouse(lots.lock(tx, lotId), house);
                    if (!seller.equals(lot.sellerCharacterId())) {
                        throw ProblemException.forbidden("NOT_SELLER", "Only the seller may withdraw it.");
                    }
                    if (!lot.openAt(now)) {
                        throw ProblemException.conflict(house.closed, "It is no longer active.");
                    }
                    if (lot.bidCount() > 0) {
                        throw ProblemException.conflict(house.hasBids, "It has bids and cannot be withdrawn.");
                    }
                    ledger.releaseItems(tx, lot.sellerCharacterId(), lot.item().itemId(), lot.item().quantity());
                    lots.settle(tx, lotId, LotStatus.CANCELLED,
                            new Settlement(SettlementOutcome.CANCELLED, null, null, null, null, now));
                    return lots.find(tx, lotId).orElseThrow();
                }, render);
    }

    /**
     * Settles every lot past its close (or its season's), each in its own transaction under its row lock: safe to
     * run twice and on several replicas at once. Returns how many this run settled.
     */
    public int settleDue() {
        int settled = 0;
        for (UUID lotId : lots.due(db.execute(), clock.instant(), 200)) {
            Settled lot = work.inTransaction(tx -> settleOne(tx, lotId));
            if (lot != null) {
                settlements.settled(lot.house(), lot.outcome());
                settled++;
            }
        }
        return settled;
    }

    /** What one run of the job settled, counted once its transaction committed. */
    private record Settled(House house, SettlementOutcome outcome) {
    }

    /** Null when another run or replica settled the lot first. */
    private Settled settleOne(DbExecute tx, UUID lotId) {
        Instant now = clock.instant();
        Lot lot = lots.lock(tx, lotId).orElseThrow();
        if (lot.status() != LotStatus.ACTIVE) {
            return null;
        }
        if (lot.leadingBidderCharacterId() == null) {
            ledger.releaseItems(tx, lot.sellerCharacterId(), lot.item().itemId(), lot.item().quantity());
            lots.settle(tx, lotId, LotStatus.UNSOLD,
                    new Settlement(SettlementOutcome.UNSOLD, null, null, null, null, now));
            return new Settled(lot.house(), SettlementOutcome.UNSOLD);
        }
        lots.setBidStatus(tx, lot.leadingBidId(), BidStatus.WON, null);
        sell(tx, lot, lot.leadingBidderCharacterId(), lot.currentBid(), SettlementOutcome.SOLD, now);
        return new Settled(lot.house(), SettlementOutcome.SOLD);
    }

    /** The winner's escrowed price: 95% to the seller, 5% burned; the item to the winner. */
    private void sell(DbExecute tx, Lot lot, UUID winner, long price, SettlementOutcome outcome, Instant now) {
        long fee = LotRules.fee(price);
        long proceeds = price - fee;
        ledger.transferEscrowed(tx, winner, lot.sellerCharacterId(), Currency.EDDIES, proceeds, lot.house().sale,
                lot.lotId());
        ledger.burnEscrowed(tx, winner, Currency.EDDIES, fee, lot.house().fee, lot.lotId());
        ledger.transferEscrowedItems(tx, lot.sellerCharacterId(), winner, lot.item().itemId(), lot.item().quantity());
        lots.settle(tx, lot.lotId(), LotStatus.SOLD, new Settlement(outcome, winner, price, proceeds, fee, now));
    }

    private void refundLeader(DbExecute tx, Lot lot, Instant now) {
        if (lot.leadingBidderCharacterId() != null) {
            releaseLeader(tx, lot);
            lots.setBidStatus(tx, lot.leadingBidId(), BidStatus.REFUNDED, now);
        }
    }

    /** The leading bidder's escrowed bid back to their available balance (nothing without a leader). */
    private void releaseLeader(DbExecute tx, Lot lot) {
        if (lot.leadingBidderCharacterId() != null) {
            ledger.release(tx, lot.leadingBidderCharacterId(), Currency.EDDIES, lot.currentBid(), lot.house().refund,
                    lot.lotId());
        }
    }

    /** 409 unless the lot takes bids now (and its season is OPEN); returns the season's close (null for auctions). */
    private static Instant requireOpen(LotRepository.LockedLot locked, Instant now) {
        Lot lot = locked.lot();
        Season season = locked.season();
        if (!lot.openAt(now) || (season != null && season.statusAt(now) != SeasonStatus.OPEN)) {
            throw ProblemException.conflict(lot.house().closed, "It no longer takes bids.");
        }
        return season == null ? null : season.closesAt();
    }

    private static Lot inHouse(Optional<Lot> found, House house) {
        return found.filter(lot -> lot.house() == house).orElseThrow(() -> notFound(house));
    }

    private static LotRepository.LockedLot lockedInHouse(Optional<LotRepository.LockedLot> found, House house) {
        return found.filter(locked -> locked.lot().house() == house).orElseThrow(() -> notFound(house));
    }

    private static ProblemException notFound(House house) {
        return ProblemException.notFound(house.notFound, house == House.REEF ? "No lot has this id."
                : "No auction has this id.");
    }

    private static String operation(House house, String auction, String reef) {
        return house == House.AUCTION ? auction : reef;
    }

    static ProblemException seasonNotFound() {
        return ProblemException.notFound("SEASON_NOT_FOUND", "No season has this id.");
    }
}
