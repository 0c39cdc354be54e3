package com.necpgame.economy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.necpgame.economy.ReefBooks.Ack;
import com.necpgame.economy.ReefBooks.SeenBid;
import com.necpgame.economy.ReefBooks.SeenLot;
import com.necpgame.economy.ReefBooks.SeenWallet;
import org.junit.jupiter.api.Test;

/** The load test's book checks pass on consistent books and fail loudly on a lost, doubled or unrefunded bid. */
class ReefBooksTest {
    private final UUID lot = UUID.randomUUID();
    private final UUID seller = UUID.randomUUID();
    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private final Ack first = new Ack(lot, alice, 1000, UUID.randomUUID());
    private final Ack second = new Ack(lot, bob, 1050, UUID.randomUUID());
    private final List<Ack> acks = List.of(first, second);
    private final List<SeenBid> history = List.of(
            new SeenBid(second.bidId(), lot, bob, 1050, "LEADING", false),
            new SeenBid(first.bidId(), lot, alice, 1000, "REFUNDED", true));
    private final SeenLot open = new SeenLot(lot, seller, 1050L, bob, 2, "ACTIVE", null, null);
    private final Map<UUID, Long> funded = Map.of(alice, 5000L, bob, 5000L);
    private final Map<UUID, SeenWallet> wallets = Map.of(
            alice, new SeenWallet(5000, 0, Map.of("ESCROW_HOLD/REEF_BID", 1, "ESCROW_RELEASE/REEF_REFUND", 1)),
            bob, new SeenWallet(3950, 1050, Map.of("ESCROW_HOLD/REEF_BID", 1)),
            seller, new SeenWallet(0, 0, Map.of()));

    @Test
    void consistentBooksPass() {
        assertThat(new ReefBooks().checkLots(acks, List.of(open), history, false)
                .checkWallets(acks, List.of(open), history, funded, wallets, false).failures()).isEmpty();
        SeenLot sold = new SeenLot(lot, seller, 1050L, bob, 2, "SOLD", bob, 1050L);
        List<SeenBid> settledHistory = List.of(new SeenBid(second.bidId(), lot, bob, 1050, "WON", false), history.get(1));
        Map<UUID, SeenWallet> after = Map.of(
                alice, wallets.get(alice),
                bob, new SeenWallet(3950, 0, Map.of("ESCROW_HOLD/REEF_BID", 1)),
                seller, new SeenWallet(998, 0, Map.of("TRANSFER_IN/REEF_SALE/" + lot, 1)));
        assertThat(new ReefBooks().checkLots(acks, List.of(sold), settledHistory, true)
                .checkWallets(acks, List.of(sold), settledHistory, funded, after, true).failures()).isEmpty();
    }

    @Test
    void aLostBidFails() {
        // the service acknowledged alice's bid but its history and her ledger never saw it
        List<SeenBid> lost = List.of(history.getFirst());
        SeenLot lotOfOne = new SeenLot(lot, seller, 1050L, bob, 1, "ACTIVE", null, null);
        assertThat(new ReefBooks().checkLots(acks, List.of(lotOfOne), lost, false).failures())
                .anyMatch(f -> f.contains("lost")).anyMatch(f -> f.contains("bidCount"));
        Map<UUID, SeenWallet> noHold = Map.of(alice, new SeenWallet(5000, 0, Map.of()), bob, wallets.get(bob),
                seller, wallets.get(seller));
        assertThat(new ReefBooks().checkWallets(acks, List.of(lotOfOne), lost, funded, noHold, false).failures())
                .anyMatch(f -> f.contains("0 holds for 1 acknowledged bids"));
    }

    @Test
    void aBidCountedTwiceOrAMissingRefundFails() {
        List<SeenBid> doubled = List.of(history.get(0), history.get(1), history.get(1));
        assertThat(new ReefBooks().checkLots(acks, List.of(open), doubled, false).failures())
                .anyMatch(f -> f.contains("counted twice"));
        List<SeenBid> notRefunded = List.of(history.get(0), new SeenBid(first.bidId(), lot, alice, 1000, "LEADING", false));
        assertThat(new ReefBooks().checkLots(acks, List.of(open), notRefunded, false).failures())
                .anyMatch(f -> f.contains("not refunded"));
        Map<UUID, SeenWallet> kept = Map.of(alice, new SeenWallet(4000, 1000, Map.of("ESCROW_HOLD/REEF_BID", 1)),
                bob, wallets.get(bob), seller, wallets.get(seller));
        assertThat(new ReefBooks().checkWallets(acks, List.of(open), history, funded, kept, false).failures())
                .anyMatch(f -> f.contains("refunds for 1 outbid bids")).anyMatch(f -> f.contains("escrow 1000 != 0"));
    }
}
