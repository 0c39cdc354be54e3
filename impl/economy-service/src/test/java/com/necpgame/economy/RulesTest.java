package com.necpgame.economy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.necpgame.economy.crafting.Craft;
import com.necpgame.economy.crafting.CraftQueue;
import com.necpgame.economy.crafting.CraftStatus;
import com.necpgame.economy.ledger.Currency;
import com.necpgame.economy.ledger.CurrencyTotals;
import com.necpgame.economy.ledger.ItemStack;
import com.necpgame.economy.ledger.LedgerInvariant;
import com.necpgame.economy.lots.LotRules;
import com.necpgame.economy.lots.Season;
import com.necpgame.economy.lots.SeasonStatus;
import com.necpgame.economy.trades.Offer;
import com.necpgame.economy.trades.Trade;
import com.necpgame.economy.trades.TradeParty;
import com.necpgame.economy.trades.TradeStatus;
import org.junit.jupiter.api.Test;

/** The rules without I/O. */
class RulesTest {
    private static final Instant T = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void theFeeRoundsDownAndTheMinimumRaiseRoundsUp() {
        assertThat(LotRules.fee(31_000)).isEqualTo(1550);
        assertThat(LotRules.fee(19)).isZero();
        assertThat(LotRules.fee(11_025)).isEqualTo(551);
        assertThat(LotRules.minimumNextBid(5000, null)).isEqualTo(5000);
        assertThat(LotRules.minimumNextBid(5000, 21_000L)).isEqualTo(22_050);
        assertThat(LotRules.minimumNextBid(5000, 22_050L)).isEqualTo(23_153);
        assertThat(LotRules.minimumNextBid(100, 101L)).isEqualTo(107);
    }

    @Test
    void onlyABidInTheLastFiveMinutesExtendsAndNeverPastTheSeasonsClose() {
        Instant close = T.plus(Duration.ofHours(1));
        assertThat(LotRules.extendedClose(close, close.minusSeconds(301), null)).isEmpty();
        assertThat(LotRules.extendedClose(close, close.minusSeconds(300), null)).contains(close.plusSeconds(300));
        assertThat(LotRules.extendedClose(close, close.minusSeconds(1), close.plusSeconds(120)))
                .contains(close.plusSeconds(120));
        assertThat(LotRules.extendedClose(close, close.minusSeconds(1), close)).isEmpty();
        assertThat(LotRules.closeOf(T, 72, T.plus(Duration.ofHours(48)))).isEqualTo(T.plus(Duration.ofHours(48)));
        assertThat(LotRules.closeOf(T, 24, null)).isEqualTo(T.plus(Duration.ofHours(24)));
    }

    @Test
    void aSeasonsStatusFollowsTheClock() {
        Season season = new Season("s", "S", T, T.plus(Duration.ofDays(3)), null, 0, 0);
        assertThat(season.statusAt(T.minusSeconds(1))).isEqualTo(SeasonStatus.SCHEDULED);
        assertThat(season.statusAt(T)).isEqualTo(SeasonStatus.OPEN);
        assertThat(season.statusAt(T.plus(Duration.ofDays(3)))).isEqualTo(SeasonStatus.SETTLING);
        Season settled = new Season("s", "S", T, T.plus(Duration.ofDays(3)), T.plus(Duration.ofDays(3)), 0, 0);
        assertThat(settled.statusAt(T.plus(Duration.ofDays(4)))).isEqualTo(SeasonStatus.CLOSED);
        assertThat(Season.validWindow(T.plusSeconds(1), T.plusSeconds(1).plus(Duration.ofHours(72)), T)).isTrue();
        assertThat(Season.validWindow(T, T.plus(Duration.ofHours(72)), T)).isFalse();
        assertThat(Season.validWindow(T.plusSeconds(1), T.plus(Duration.ofDays(91)), T)).isFalse();
    }

    @Test
    void anOpenTradePastItsExpiryIsExpired() {
        TradeParty party = new TradeParty(UUID.randomUUID(), Offer.EMPTY, null);
        Trade trade = new Trade(UUID.randomUUID(), TradeStatus.OPEN, 0, party, party, T, T.plus(Trade.LIFETIME), null,
                null, null);
        assertThat(trade.statusAt(T.plusSeconds(299))).isEqualTo(TradeStatus.OPEN);
        assertThat(trade.statusAt(T.plusSeconds(300))).isEqualTo(TradeStatus.EXPIRED);
    }

    @Test
    void aQueueRunsItsCraftsBackToBack() {
        UUID character = UUID.randomUUID();
        Craft running = craft(character, CraftStatus.IN_PROGRESS, T, T.plusSeconds(60));
        Craft queued = craft(character, CraftStatus.QUEUED, null, null);
        Craft last = craft(character, CraftStatus.QUEUED, null, null);
        assertThat(CraftQueue.advance(List.of(running, queued, last), T.plusSeconds(59))).isEmpty();
        List<Craft> changed = CraftQueue.advance(List.of(running, queued, last), T.plusSeconds(130));
        assertThat(changed).extracting(Craft::status)
                .containsExactly(CraftStatus.READY, CraftStatus.READY, CraftStatus.IN_PROGRESS);
        assertThat(changed.get(1).startedAt()).isEqualTo(T.plusSeconds(60));
        assertThat(changed.get(2).startedAt()).isEqualTo(T.plusSeconds(120));
        assertThat(changed.get(2).readyAt()).isEqualTo(T.plusSeconds(180));
        // nothing runs (the first was cancelled): the next starts now
        assertThat(CraftQueue.advance(List.of(queued), T).getFirst().startedAt()).isEqualTo(T);
    }

    @Test
    void theBooksBalanceOnlyWhenHoldingsEqualMintedMinusBurned() {
        CurrencyTotals eddies = new CurrencyTotals(Currency.EDDIES, 900, 50, 1000, 50);
        assertThat(eddies.balanced()).isTrue();
        assertThat(new CurrencyTotals(Currency.EDDIES, 900, 51, 1000, 50).balanced()).isFalse();
        assertThat(new LedgerInvariant(List.of(eddies), 0, 0, T).balanced()).isTrue();
        assertThat(new LedgerInvariant(List.of(eddies), 1, 0, T).balanced()).isFalse();
    }

    private static Craft craft(UUID character, CraftStatus status, Instant started, Instant ready) {
        return new Craft(UUID.randomUUID(), character, "r-x", status, new ItemStack("x", 1), 10, List.of(), 60, null,
                T, started, ready, null, null);
    }
}
