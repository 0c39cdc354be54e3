package com.necpgame.economy;

import static com.necpgame.economy.TestEconomy.BASE;
import static com.necpgame.economy.TestEconomy.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.necpgame.economy.TestEconomy.Player;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** Bad input gets a 4xx problem (Http also checks every reply against the spec), and an unreachable owner check 503. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputTest {
    @AutoClose
    private final TestEconomy economy = new TestEconomy();
    private final Http http = economy.http;

    @Test
    @Order(1)
    void malformedRequestsAreRefusedWithProblems() {
        Player p = economy.newPlayer();
        String bids = BASE + "/reef-exchange/lots/" + UUID.randomUUID() + "/bids";
        String bid = "{\"bidderCharacterId\":\"" + p.characterId() + "\",\"amount\":100}";
        http.send("POST", bids, "{not json", p.token(), key()).assertStatus(400);
        http.send("POST", bids, bid.replace("}", ",\"extra\":1}"), p.token(), key()).assertProblem(400, "VALIDATION_FAILED");
        http.send("POST", bids, bid.replace("100", "0"), p.token(), key()).assertProblem(400, "VALIDATION_FAILED");
        http.send("POST", bids, bid, p.token(), Map.of()).assertProblem(400, "VALIDATION_FAILED");
        http.send("POST", bids, bid, p.token(), key()).assertProblem(404, "LOT_NOT_FOUND");
        http.get(BASE + "/characters/not-a-uuid/wallet", p.token()).assertStatus(400);
        http.get(BASE + "/characters/" + p.characterId() + "/ledger?currency=DOGECOIN", p.token()).assertStatus(400);
        http.get(BASE + "/characters/" + p.characterId() + "/ledger?limit=1000", p.token()).assertStatus(400);
        http.get(BASE + "/reef-exchange/seasons/NOT_A_SLUG", p.token()).assertStatus(400);
        http.get(BASE + "/reef-exchange/seasons/no-such-season", p.token()).assertProblem(404, "SEASON_NOT_FOUND");
        http.send("POST", BASE + "/internal/rewards", "{}", economy.serviceToken("social-service"), key())
                .assertProblem(400, "VALIDATION_FAILED");
        http.send("POST", BASE + "/trades", "{\"initiatorCharacterId\":\"" + p.characterId() + "\"}", p.token(), Map.of())
                .assertProblem(400, "VALIDATION_FAILED");
        http.get(BASE + "/trades/" + UUID.randomUUID(), p.token()).assertProblem(404, "TRADE_NOT_FOUND");
    }

    @Test
    @Order(2)
    void whenCharacterServiceDoesNotAnswerTheOwnerCheckIs503() throws Exception {
        Player cached = economy.newPlayer();
        http.get(BASE + "/characters/" + cached.characterId() + "/wallet", cached.token()).assertStatus(200);
        Player fresh = economy.newPlayer();
        economy.characterService.stop();
        // raw HTTP: the platform's Http refuses every 5xx, and this one is the point
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(economy.service.baseUrl() + BASE + "/characters/" + fresh.characterId() + "/wallet"))
                .header("Authorization", "Bearer " + fresh.token()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(503);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(reply.body()).contains("\"code\":\"UNAVAILABLE\"");
        // a snapshot read within the last 30 seconds still answers
        http.get(BASE + "/characters/" + cached.characterId() + "/wallet", cached.token()).assertStatus(200);
    }
}
