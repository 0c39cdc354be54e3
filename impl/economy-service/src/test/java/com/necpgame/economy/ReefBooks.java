package com.necpgame.economy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The load test's book checks, on what the API answered (no client types, so a unit test can feed it a lost bid):
 * every lot's winning bid is the highest acknowledged one, no acknowledged bid is lost or counted twice, every
 * outbid bidder is refunded exactly once, funds are conserved (minus the burned fees once settled), every lot is
 * settled once. Each check adds a line to {@link #failures()}.
 */
final class ReefBooks {
    record Ack(UUID lotId, UUID bidder, long amount, UUID bidId) {
    }

    record SeenBid(UUID bidId, UUID lotId, UUID bidder, long amount, String status, boolean refundedAtSet) {
    }

    record SeenLot(UUID lotId, UUID seller, Long currentBid, UUID leader, int bidCount, String status, UUID winner,
                   Long finalPrice) {
    }

    /** A character's EDDIES and the count of its ledger entries by "TYPE/REASON" (and "TYPE/REASON/referenceId"). */
    record SeenWallet(long available, long escrowed, Map<String, Integer> entries) {
        int count(String key) {
            return entries.getOrDefault(key, 0);
        }
    }

    private final List<String> failures = new ArrayList<>();

    List<String> failures() {
        return failures;
    }

    /** While the lots are open (or after settlement: {@code settled}). */
    ReefBooks checkLots(List<Ack> acks, List<SeenLot> lots, List<SeenBid> bids, boolean settled) {
        for (SeenLot lot : lots) {
            List<Ack> onLot = acks.stream().filter(a -> a.lotId().equals(lot.lotId())).toList();
            List<SeenBid> seen = bids.stream().filter(b -> b.lotId().equals(lot.lotId())).toList();
            Set<UUID> ackIds = new HashSet<>(onLot.stream().map(Ack::bidId).toList());
            Set<UUID> seenIds = new HashSet<>(seen.stream().map(SeenBid::bidId).toList());
            if (onLot.size() != ackIds.size()) {
                fail(lot, "an acknowledged bid id was answered twice");
            }
            if (!seenIds.containsAll(ackIds)) {
                fail(lot, "acknowledged bids missing from the history (lost): " + diff(ackIds, seenIds));
            }
            if (!ackIds.containsAll(seenIds) || seen.size() != seenIds.size()) {
                fail(lot, "bids in the history that were never acknowledged once (counted twice): " + diff(seenIds, ackIds));
            }
            if (lot.bidCount() != onLot.size()) {
                fail(lot, "bidCount " + lot.bidCount() + " != " + onLot.size() + " acknowledged bids");
            }
            if (onLot.isEmpty()) {
                if (lot.currentBid() != null || (settled && !"UNSOLD".equals(lot.status()))) {
                    fail(lot, "a lot without bids has a current bid or was not returned unsold");
                }
                continue;
            }
            Ack highest = onLot.stream().max(Comparator.comparingLong(Ack::amount)).orElseThrow();
            if (!Long.valueOf(highest.amount()).equals(lot.currentBid()) || !highest.bidder().equals(lot.leader())) {
                fail(lot, "current bid " + lot.currentBid() + " by " + lot.leader() + " is not the highest acknowledged "
                        + highest.amount() + " by " + highest.bidder());
            }
            String winning = settled ? "WON" : "LEADING";
            for (SeenBid bid : seen) {
                boolean isHighest = bid.bidId().equals(highest.bidId());
                if (isHighest && !winning.equals(bid.status())) {
                    fail(lot, "the highest bid is " + bid.status() + ", not " + winning);
                }
                if (!isHighest && (!"REFUNDED".equals(bid.status()) || !bid.refundedAtSet())) {
                    fail(lot, "outbid bid " + bid.bidId() + " is " + bid.status() + " (not refunded)");
                }
            }
            if (settled && (!"SOLD".equals(lot.status()) || !highest.bidder().equals(lot.winner())
                    || !Long.valueOf(highest.amount()).equals(lot.finalPrice()))) {
                fail(lot, "settled as " + lot.status() + " to " + lot.winner() + " for " + lot.finalPrice()
                        + ", not SOLD to the highest bidder");
            }
        }
        return this;
    }

    /**
     * Every bidder: each acknowledged bid held once, each refunded bid released once, escrow = what it leads with
     * (0 once settled), available + escrow = funded - what it won. Sellers (settled): one sale entry per lot, 95%
     * each. The total: funded minus the fees burned.
     */
    ReefBooks checkWallets(List<Ack> acks, List<SeenLot> lots, List<SeenBid> bids, Map<UUID, Long> funded,
                           Map<UUID, SeenWallet> wallets, boolean settled) {
        Map<UUID, Long> leading = new HashMap<>();
        Map<UUID, Long> won = new HashMap<>();
        long fees = 0;
        for (SeenLot lot : lots) {
            if (lot.leader() != null && lot.currentBid() != null) {
                leading.merge(lot.leader(), lot.currentBid(), Long::sum);
            }
            if (settled && lot.winner() != null) {
                won.merge(lot.winner(), lot.finalPrice(), Long::sum);
                fees += lot.finalPrice() * 5 / 100;
                SeenWallet seller = wallets.get(lot.seller());
                if (seller == null || seller.count("TRANSFER_IN/REEF_SALE/" + lot.lotId()) != 1) {
                    failures.add("lot " + lot.lotId() + ": the seller was not paid exactly once");
                }
            }
        }
        for (Map.Entry<UUID, Long> entry : funded.entrySet()) {
            UUID who = entry.getKey();
            SeenWallet wallet = wallets.get(who);
            long holds = acks.stream().filter(a -> a.bidder().equals(who)).count();
            long refunded = bids.stream().filter(b -> b.bidder().equals(who) && "REFUNDED".equals(b.status())).count();
            if (wallet.count("ESCROW_HOLD/REEF_BID") != holds) {
                failures.add(who + ": " + wallet.count("ESCROW_HOLD/REEF_BID") + " holds for " + holds + " acknowledged bids");
            }
            if (wallet.count("ESCROW_RELEASE/REEF_REFUND") != refunded) {
                failures.add(who + ": " + wallet.count("ESCROW_RELEASE/REEF_REFUND") + " refunds for " + refunded
                        + " outbid bids");
            }
            long expectedEscrow = settled ? 0 : leading.getOrDefault(who, 0L);
            if (wallet.escrowed() != expectedEscrow) {
                failures.add(who + ": escrow " + wallet.escrowed() + " != " + expectedEscrow);
            }
            long expectedTotal = entry.getValue() - won.getOrDefault(who, 0L);
            if (wallet.available() + wallet.escrowed() != expectedTotal) {
                failures.add(who + ": holds " + (wallet.available() + wallet.escrowed()) + " != " + expectedTotal);
            }
        }
        long total = wallets.values().stream().mapToLong(w -> w.available() + w.escrowed()).sum();
        long fundedTotal = funded.values().stream().mapToLong(Long::longValue).sum();
        if (total != fundedTotal - fees) {
            failures.add("funds not conserved: " + total + " held != " + fundedTotal + " funded - " + fees + " fees");
        }
        return this;
    }

    private void fail(SeenLot lot, String what) {
        failures.add("lot " + lot.lotId() + ": " + what);
    }

    private static Set<UUID> diff(Set<UUID> a, Set<UUID> b) {
        Set<UUID> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }
}
