package com.necpgame.economy;

import static com.necpgame.economy.TestEconomy.BASE;
import static com.necpgame.economy.TestEconomy.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.economy.TestEconomy.Player;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Seasons on the clock: scheduling rules, listing only inside the window, the early close settling every lot. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReefSeasonsTest {
    private static final String SEASONS = BASE + "/reef-exchange/seasons";
    @AutoClose
    private final TestEconomy economy = new TestEconomy();
    private final Http http = economy.http;

    private String season(String id, Instant opens, Duration length) {
        return """
                {"seasonId":"%s","name":"Season %s","opensAt":"%s","closesAt":"%s"}
                """.formatted(id, id, opens, opens.plus(length));
    }

    @Test
    void aSeasonIsScheduledOpensAndIsClosedEarlyByTheOperatorWhichSettlesEveryLot() {
        Instant now = economy.clock.instant();
        String operator = economy.operatorToken();
        Instant opens = now.plus(Duration.ofDays(1));
        http.post(SEASONS, season("reef-past", now.minusSeconds(1), Duration.ofDays(5)), operator)
                .assertProblem(422, "INVALID_SEASON_WINDOW");
        http.post(SEASONS, season("reef-short", opens, Duration.ofHours(71)), operator)
                .assertProblem(422, "INVALID_SEASON_WINDOW");
        http.post(SEASONS, season("reef-long", opens, Duration.ofDays(91)), operator)
                .assertProblem(422, "INVALID_SEASON_WINDOW");
        http.post(SEASONS, season("reef-s1", opens, Duration.ofDays(10)), economy.newPlayer().token())
                .assertProblem(403, "OPERATOR_ONLY");
        JsonNode scheduled = http.post(SEASONS, season("reef-s1", opens, Duration.ofDays(10)), operator)
                .assertStatus(201).json();
        assertThat(scheduled.get("status").asText()).isEqualTo("SCHEDULED");
        http.post(SEASONS, season("reef-s1", opens.plus(Duration.ofDays(20)), Duration.ofDays(5)), operator)
                .assertProblem(409, "SEASON_EXISTS");
        http.post(SEASONS, season("reef-s2", opens.plus(Duration.ofDays(9)), Duration.ofDays(5)), operator)
                .assertProblem(409, "SEASON_OVERLAP");

        Player seller = economy.newPlayer();
        economy.giveItems(seller.characterId(), "kraken-prime-core", 5);
        String lot = "{\"sellerCharacterId\":\"" + seller.characterId()
                + "\",\"item\":{\"itemId\":\"kraken-prime-core\",\"quantity\":1},\"startingBid\":100,\"durationHours\":72}";
        http.send("POST", SEASONS + "/reef-s1/lots", lot, seller.token(), key()).assertProblem(409, "SEASON_NOT_OPEN");
        http.send("POST", SEASONS + "/reef-s1/closure", null, operator, key()).assertProblem(409, "SEASON_NOT_OPEN");

        economy.clock.advance(Duration.ofDays(1).plusSeconds(1));
        operator = economy.operatorToken();
        Player seller2 = economy.refreshed(seller);
        assertThat(http.get(SEASONS + "/reef-s1", seller2.token()).json().get("status").asText()).isEqualTo("OPEN");
        List<UUID> lots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lots.add(economy.listLot(seller2, "reef-s1", "kraken-prime-core", 1000, null, 72));
        }
        Player bidder = economy.newPlayer();
        economy.fund(bidder.characterId(), "EDDIES", 10_000);
        economy.bid(bidder, lots.get(0), 2000).assertStatus(201);
        economy.bid(bidder, lots.get(1), 3000).assertStatus(201);
        assertThat(http.get(SEASONS + "?status=OPEN", seller2.token()).json().get("total").asInt()).isEqualTo(1);

        var closeKey = key("close-reef-s1");
        JsonNode closing = http.send("POST", SEASONS + "/reef-s1/closure", null, operator, closeKey).assertStatus(202)
                .json();
        assertThat(closing.get("status").asText()).isEqualTo("SETTLING");
        economy.bid(bidder, lots.get(2), 1000).assertProblem(409, "LOT_CLOSED");
        http.send("POST", SEASONS + "/reef-s1/lots", lot, seller2.token(), key()).assertProblem(409, "SEASON_NOT_OPEN");

        economy.await(() -> http.get(SEASONS + "/reef-s1", seller2.token()).json().get("status").asText()
                .equals("CLOSED"));
        JsonNode closed = http.get(SEASONS + "/reef-s1", seller2.token()).json();
        assertThat(closed.get("activeLotCount").asInt()).isZero();
        assertThat(closed.get("totalLotCount").asInt()).isEqualTo(3);
        assertThat(closed.has("settledAt")).isTrue();
        assertThat(economy.lot(lots.get(0), seller2.token()).get("status").asText()).isEqualTo("SOLD");
        assertThat(economy.lot(lots.get(1), seller2.token()).get("status").asText()).isEqualTo("SOLD");
        assertThat(economy.lot(lots.get(2), seller2.token()).get("status").asText()).isEqualTo("UNSOLD");
        assertThat(economy.available(seller2, "EDDIES")).isEqualTo(1900 + 2850);
        assertThat(economy.available(bidder, "EDDIES")).isEqualTo(5000);
        assertThat(economy.escrowed(bidder, "EDDIES")).isZero();
        JsonNode sellerItems = http.get(BASE + "/characters/" + seller.characterId() + "/inventory", seller2.token())
                .json().get("items").get(0);
        assertThat(sellerItems.get("available").asInt()).isEqualTo(3);
        assertThat(sellerItems.get("escrowed").asInt()).isZero();

        assertThat(http.send("POST", SEASONS + "/reef-s1/closure", null, operator, key()).assertStatus(202)
                .json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(http.send("POST", SEASONS + "/reef-s1/closure", null, operator, closeKey).assertStatus(202)
                .header("Idempotency-Replayed")).hasValue("true");
        economy.assertBooksBalance();
    }

    @Test
    void aSeasonClosesByItselfAtItsCloseWhichNoLotOrExtensionOutlives() {
        Instant base = economy.clock.instant().plus(Duration.ofDays(200));
        economy.clock.advance(Duration.between(economy.clock.instant(), base));
        Instant opens = base.plusSeconds(60);
        Instant seasonCloses = opens.plus(Duration.ofHours(73));
        http.post(SEASONS, season("reef-auto", opens, Duration.ofHours(73)), economy.operatorToken())
                .assertStatus(201);
        economy.clock.advance(Duration.ofSeconds(61).plusHours(2));
        Player seller = economy.newPlayer();
        economy.giveItems(seller.characterId(), "synth-polymer", 1);
        UUID lotId = economy.listLot(seller, "reef-auto", "synth-polymer", 500, null, 72);
        assertThat(Instant.parse(economy.lot(lotId, seller.token()).get("closesAt").asText())).isEqualTo(seasonCloses);

        economy.clock.advance(Duration.between(economy.clock.instant(), seasonCloses.minusSeconds(120)));
        Player bidder = economy.newPlayer();
        economy.fund(bidder.characterId(), "EDDIES", 1000);
        JsonNode receipt = economy.bid(bidder, lotId, 500).assertStatus(201).json();
        assertThat(receipt.get("bid").get("extendedClose").asBoolean()).isFalse();
        assertThat(Instant.parse(receipt.get("lot").get("closesAt").asText())).isEqualTo(seasonCloses);

        economy.clock.advance(Duration.ofMinutes(3));
        Player seller2 = economy.refreshed(seller);
        economy.await(() -> http.get(SEASONS + "/reef-auto", seller2.token()).json().get("status").asText()
                .equals("CLOSED"));
        assertThat(economy.lot(lotId, seller2.token()).get("status").asText()).isEqualTo("SOLD");
        assertThat(economy.available(seller2, "EDDIES")).isEqualTo(475);
        economy.assertBooksBalance();
    }
}
