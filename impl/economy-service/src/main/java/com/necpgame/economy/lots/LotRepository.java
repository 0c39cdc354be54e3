package com.necpgame.economy.lots;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.economy.ledger.ItemStack;
import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code lots}, {@code lot_bids} and {@code reef_seasons} (named statements in application.yaml). */
public final class LotRepository {

    /** Filters of a lot list; null means any. */
    public record LotFilter(House house, String seasonId, LotStatus status, String itemId, UUID sellerCharacterId,
                            LotSort sort) {
    }

    public void insert(DbExecute db, UUID lotId, NewLot lot, Instant listedAt, Instant closesAt) {
        db.createNamedInsert("lot-insert")
                .addParam("lotId", lotId).addParam("house", lot.house().name()).addParam("seasonId", lot.seasonId())
                .addParam("seller", lot.sellerCharacterId()).addParam("itemId", lot.item().itemId())
                .addParam("quantity", lot.item().quantity()).addParam("startingBid", lot.startingBid())
                .addParam("buyoutPrice", lot.buyoutPrice()).addParam("durationHours", lot.durationHours())
                .addParam("listedAt", Rows.param(listedAt)).addParam("closesAt", Rows.param(closesAt))
                .execute();
    }

    public Optional<Lot> find(DbExecute db, UUID lotId) {
        return db.createNamedGet("lot-by-id").addParam("lotId", lotId).execute().map(LotRepository::lot);
    }

    /** The lot, row-locked until the transaction ends: every bid, buyout, cancel and settlement of it queues here. */
    public Optional<Lot> lock(DbExecute db, UUID lotId) {
        return db.createNamedGet("lot-by-id-for-update").addParam("lotId", lotId).execute().map(LotRepository::lot);
    }

    /** A lot and its season's window (null for an auction); the lot row-locked as by {@link #lock}. */
    public record LockedLot(Lot lot, Season season) {
    }

    /** {@link #lock} with the lot's season read in the same statement: a bid holds the lock one round trip less. */
    public Optional<LockedLot> lockWithSeason(DbExecute db, UUID lotId) {
        return db.createNamedGet("lot-with-season-for-update").addParam("lotId", lotId).execute()
                .map(row -> new LockedLot(lot(row), Rows.optionalString(row, "season_name")
                        .map(name -> new Season(Rows.string(row, "season_id"), name,
                                Rows.instant(row, "season_opens_at"), Rows.instant(row, "season_closes_at"),
                                Rows.optionalInstant(row, "season_settled_at").orElse(null), 0, 0))
                        .orElse(null)));
    }

    public List<Lot> list(DbExecute db, LotFilter filter, PageRequest page) {
        return filtered(db.createNamedQuery("lots-list"), filter)
                .addParam("sort", filter.sort().name())
                .addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(LotRepository::lot).toList();
    }

    public long count(DbExecute db, LotFilter filter) {
        return filtered(db.createNamedGet("lots-count"), filter).execute()
                .map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    private static <S extends io.helidon.dbclient.DbStatement<S>> S filtered(S statement, LotFilter filter) {
        return statement.addParam("house", filter.house().name())
                .addParam("seasonId", filter.seasonId())
                .addParam("status", filter.status() == null ? null : filter.status().name())
                .addParam("itemId", filter.itemId())
                .addParam("seller", Rows.param(filter.sellerCharacterId()));
    }

    /** Serializes the listings of one seller in one house (the active-lot limit). */
    public void lockSeller(DbExecute db, House house, UUID seller) {
        db.createNamedGet("seller-lock").addParam("key", house.name() + "/" + seller).execute();
    }

    public long countActiveOf(DbExecute db, House house, UUID seller) {
        return db.createNamedGet("lots-active-count-by-seller").addParam("house", house.name())
                .addParam("seller", seller).execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    /**
     * Writes {@code bid} as the lot's leading bid, marks the bid it outbid (null: none) REFUNDED and moves the lot's
     * close to {@code closesAt}: one statement. Returns the lot as it now is.
     */
    public Lot recordBid(DbExecute db, Bid bid, UUID outbidBidId, Instant closesAt) {
        return db.createNamedGet("lot-record-bid")
                .addParam("bidId", bid.bidId()).addParam("lotId", bid.lotId())
                .addParam("bidder", bid.bidderCharacterId()).addParam("amount", bid.amount())
                .addParam("placedAt", Rows.param(bid.placedAt())).addParam("extended", bid.extendedClose())
                .addParam("outbidId", Rows.param(outbidBidId)).addParam("closesAt", Rows.param(closesAt))
                .addParam("extension", bid.extendedClose() ? 1 : 0)
                .execute().map(LotRepository::lot).orElseThrow();
    }

    public void settle(DbExecute db, UUID lotId, LotStatus status, Settlement settlement) {
        db.createNamedUpdate("lot-settle")
                .addParam("status", status.name()).addParam("outcome", settlement.outcome().name())
                .addParam("winner", settlement.winnerCharacterId() == null ? null
                        : settlement.winnerCharacterId().toString())
                .addParam("finalPrice", settlement.finalPrice()).addParam("proceeds", settlement.sellerProceeds())
                .addParam("fee", settlement.feeBurned()).addParam("settledAt", Rows.param(settlement.settledAt()))
                .addParam("lotId", lotId).execute();
    }

    /** Ids of ACTIVE lots past their own close or their season's, soonest first. */
    public List<UUID> due(DbExecute db, Instant now, int limit) {
        return db.createNamedQuery("lots-due").addParam("now", Rows.param(now)).addParam("limit", limit)
                .execute().map(row -> Rows.uuid(row, "lot_id")).toList();
    }

    // --- bids -----------------------------------------------------------------------------------------------

    public void setBidStatus(DbExecute db, UUID bidId, BidStatus status, Instant refundedAt) {
        db.createNamedUpdate("bid-set-status").addParam("status", status.name())
                .addParam("refundedAt", Rows.param(refundedAt)).addParam("bidId", bidId).execute();
    }

    public Optional<Bid> findBid(DbExecute db, UUID bidId) {
        return db.createNamedGet("bid-by-id").addParam("bidId", bidId).execute().map(LotRepository::bid);
    }

    public List<Bid> bidsOfLot(DbExecute db, UUID lotId, PageRequest page) {
        return db.createNamedQuery("bids-by-lot").addParam("lotId", lotId).addParam("limit", page.limit())
                .addParam("offset", page.offset()).execute().map(LotRepository::bid).toList();
    }

    public long countBidsOfLot(DbExecute db, UUID lotId) {
        return db.createNamedGet("bids-by-lot-count").addParam("lotId", lotId).execute()
                .map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    public List<Bid> bidsOfBidder(DbExecute db, House house, UUID bidder, BidStatus status, PageRequest page) {
        return db.createNamedQuery("bids-by-bidder").addParam("house", house.name()).addParam("bidder", bidder)
                .addParam("status", status == null ? null : status.name())
                .addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(LotRepository::bid).toList();
    }

    public long countBidsOfBidder(DbExecute db, House house, UUID bidder, BidStatus status) {
        return db.createNamedGet("bids-by-bidder-count").addParam("house", house.name()).addParam("bidder", bidder)
                .addParam("status", status == null ? null : status.name())
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    // --- seasons --------------------------------------------------------------------------------------------

    /** False when the id is taken. */
    public boolean insertSeason(DbExecute db, String seasonId, String name, Instant opensAt, Instant closesAt,
                                String actor, Instant now) {
        return db.createNamedInsert("season-insert")
                .addParam("seasonId", seasonId).addParam("name", name).addParam("opensAt", Rows.param(opensAt))
                .addParam("closesAt", Rows.param(closesAt)).addParam("actor", actor)
                .addParam("now", Rows.param(now)).execute() == 1;
    }

    public void lockSeasons(DbExecute db) {
        db.createNamedGet("seller-lock").addParam("key", "reef-seasons").execute();
    }

    public long countOverlapping(DbExecute db, Instant opensAt, Instant closesAt) {
        return db.createNamedGet("seasons-overlapping").addParam("opensAt", Rows.param(opensAt))
                .addParam("closesAt", Rows.param(closesAt)).execute()
                .map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    public Optional<Season> findSeason(DbExecute db, String seasonId) {
        return db.createNamedGet("season-by-id").addParam("seasonId", seasonId).execute()
                .map(LotRepository::season);
    }

    /** The season's window only (lot counts 0): what listing and bidding judge, without counting its lots. */
    public Optional<Season> findSeasonWindow(DbExecute db, String seasonId) {
        return db.createNamedGet("season-window").addParam("seasonId", seasonId).execute()
                .map(LotRepository::season);
    }

    public List<Season> seasons(DbExecute db, SeasonStatus status, Instant now, PageRequest page) {
        return db.createNamedQuery("seasons-list").addParam("status", status == null ? null : status.name())
                .addParam("now", Rows.param(now)).addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(LotRepository::season).toList();
    }

    public long countSeasons(DbExecute db, SeasonStatus status, Instant now) {
        return db.createNamedGet("seasons-count").addParam("status", status == null ? null : status.name())
                .addParam("now", Rows.param(now)).execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    /** Moves the close of an OPEN season to {@code now}; false when it was not OPEN. */
    public boolean closeSeason(DbExecute db, String seasonId, String actor, Instant now) {
        return db.createNamedUpdate("season-close").addParam("seasonId", seasonId).addParam("actor", actor)
                .addParam("now", Rows.param(now)).execute() == 1;
    }

    /** Marks the seasons past their close with no ACTIVE lot left as settled; returns how many. */
    public long markSettledSeasons(DbExecute db, Instant now) {
        return db.createNamedUpdate("seasons-mark-settled").addParam("now", Rows.param(now)).execute();
    }

    private static Lot lot(DbRow row) {
        Settlement settlement = Rows.optionalString(row, "outcome").map(outcome -> new Settlement(
                SettlementOutcome.valueOf(outcome), Rows.optionalUuid(row, "winner_character_id").orElse(null),
                nullableLong(row, "final_price"), nullableLong(row, "seller_proceeds"),
                nullableLong(row, "fee_burned"), Rows.instant(row, "settled_at"))).orElse(null);
        return new Lot(Rows.uuid(row, "lot_id"), House.valueOf(Rows.string(row, "house")),
                Rows.optionalString(row, "season_id").orElse(null), Rows.uuid(row, "seller_character_id"),
                new ItemStack(Rows.string(row, "item_id"), Rows.integer(row, "quantity")),
                Rows.longValue(row, "starting_bid"), nullableLong(row, "buyout_price"),
                nullableLong(row, "current_bid"), Rows.optionalUuid(row, "leading_bidder").orElse(null),
                Rows.optionalUuid(row, "leading_bid_id").orElse(null), Rows.integer(row, "bid_count"),
                Rows.integer(row, "duration_hours"), LotStatus.valueOf(Rows.string(row, "status")),
                Rows.instant(row, "listed_at"), Rows.instant(row, "original_closes_at"),
                Rows.instant(row, "closes_at"), Rows.integer(row, "extension_count"), settlement);
    }

    private static Bid bid(DbRow row) {
        return new Bid(Rows.uuid(row, "bid_id"), Rows.uuid(row, "lot_id"),
                Rows.optionalString(row, "season_id").orElse(null), Rows.uuid(row, "bidder_character_id"),
                Rows.longValue(row, "amount"), BidStatus.valueOf(Rows.string(row, "status")),
                Rows.instant(row, "placed_at"), Rows.bool(row, "extended_close"),
                Rows.optionalInstant(row, "refunded_at").orElse(null));
    }

    private static Season season(DbRow row) {
        return new Season(Rows.string(row, "season_id"), Rows.string(row, "name"), Rows.instant(row, "opens_at"),
                Rows.instant(row, "closes_at"), Rows.optionalInstant(row, "settled_at").orElse(null),
                Rows.longValue(row, "active_lots"), Rows.longValue(row, "total_lots"));
    }

    private static Long nullableLong(DbRow row, String column) {
        return row.column(column).asOptional().map(v -> ((Number) v).longValue()).orElse(null);
    }
}
