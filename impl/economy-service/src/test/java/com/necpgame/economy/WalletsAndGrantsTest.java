package com.necpgame.economy;

import static com.necpgame.economy.TestEconomy.BASE;
import static com.necpgame.economy.TestEconomy.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.economy.TestEconomy.Player;
import com.necpgame.economy.client.api.WalletsApi;
import com.necpgame.economy.client.model.Currency;
import com.necpgame.economy.client.model.Wallet;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Wallets, the ledger, inventories, the operator's grant and check, and the internal receiving operations. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalletsAndGrantsTest {
    @AutoClose
    private final TestEconomy economy = new TestEconomy();
    private final Http http = economy.http;

    @Test
    void aNewCharacterHasAnAllZeroWalletOfFourCurrencies() throws Exception {
        Player player = economy.newPlayer();
        Wallet wallet = new WalletsApi(economy.client(player.token())).getWallet(player.characterId());
        assertThat(wallet.getBalances()).extracting(b -> b.getCurrency())
                .containsExactly(Currency.EDDIES, Currency.NEON_MERIT, Currency.JUN_COIN, Currency.LUMINA_SHARD);
        assertThat(wallet.getBalances()).allMatch(b -> b.getAvailable() == 0 && b.getEscrowed() == 0);
    }

    @Test
    void anOperatorGrantMintsWithOneLedgerEntryPerCurrencyAndTheBooksBalance() {
        Player player = economy.newPlayer();
        String body = """
                {"characterId":"%s","currencies":[{"currency":"EDDIES","amount":5000},{"currency":"LUMINA_SHARD","amount":7}],
                 "itemStacks":[{"itemId":"synth-polymer","quantity":3}],"note":"test set-up"}
                """.formatted(player.characterId());
        JsonNode grant = http.send("POST", BASE + "/operations/grants", body, economy.operatorToken(), key("g-1"))
                .assertStatus(201).json();
        assertThat(grant.get("actor").asText()).isEqualTo("ops-console");

        Http.Reply replay = http.send("POST", BASE + "/operations/grants", body, economy.operatorToken(), key("g-1"))
                .assertStatus(201);
        assertThat(replay.header("Idempotency-Replayed")).hasValue("true");
        assertThat(replay.json().get("operatorGrantId")).isEqualTo(grant.get("operatorGrantId"));
        http.send("POST", BASE + "/operations/grants", body.replace("5000", "5001"), economy.operatorToken(),
                key("g-1")).assertProblem(422, "IDEMPOTENCY_KEY_REUSED");

        assertThat(economy.available(player, "EDDIES")).isEqualTo(5000);
        assertThat(economy.available(player, "LUMINA_SHARD")).isEqualTo(7);
        JsonNode ledger = http.get(BASE + "/characters/" + player.characterId() + "/ledger?currency=EDDIES",
                player.token()).assertStatus(200).json();
        assertThat(ledger.get("total").asLong()).isEqualTo(1);
        JsonNode entry = ledger.get("items").get(0);
        assertThat(entry.get("entryType").asText()).isEqualTo("MINT");
        assertThat(entry.get("reason").asText()).isEqualTo("OPERATOR_GRANT");
        assertThat(entry.get("availableAfter").asLong()).isEqualTo(5000);
        assertThat(entry.get("referenceId")).isEqualTo(grant.get("operatorGrantId"));
        JsonNode items = http.get(BASE + "/characters/" + player.characterId() + "/inventory", player.token())
                .assertStatus(200).json();
        assertThat(items.get("items").get(0).get("available").asInt()).isEqualTo(3);
        economy.assertBooksBalance();
    }

    @Test
    void operatorOperationsAdmitOnlyTheOperationsConsole() {
        Player player = economy.newPlayer();
        String body = "{\"characterId\":\"" + player.characterId() + "\",\"currencies\":[{\"currency\":\"EDDIES\",\"amount\":1}]}";
        http.send("POST", BASE + "/operations/grants", body, player.token(), key()).assertProblem(403, "OPERATOR_ONLY");
        http.send("POST", BASE + "/operations/grants", body, economy.serviceToken("social-service"), key())
                .assertProblem(403, "OPERATOR_ONLY");
        http.get(BASE + "/operations/invariant", player.token()).assertProblem(403, "OPERATOR_ONLY");
        http.send("POST", BASE + "/operations/grants", "{\"characterId\":\"" + player.characterId() + "\"}",
                economy.operatorToken(), key()).assertProblem(400, "EMPTY_GRANT");
        http.send("POST", BASE + "/operations/grants", body.replace("]}", ",{\"currency\":\"EDDIES\",\"amount\":2}]}"),
                economy.operatorToken(), key()).assertProblem(422, "DUPLICATE_GRANT_ENTRY");
        http.send("POST", BASE + "/operations/grants", body.replace(player.characterId().toString(),
                UUID.randomUUID().toString()), economy.operatorToken(), key()).assertProblem(404, "CHARACTER_NOT_FOUND");
    }

    @Test
    void onlyTheOwnerReadsAWallet() {
        Player owner = economy.newPlayer();
        Player other = economy.newPlayer();
        String wallet = BASE + "/characters/" + owner.characterId() + "/wallet";
        http.get(wallet, other.token()).assertProblem(403, "NOT_CHARACTER_OWNER");
        http.get(BASE + "/characters/" + owner.characterId() + "/ledger", other.token())
                .assertProblem(403, "NOT_CHARACTER_OWNER");
        http.get(BASE + "/characters/" + owner.characterId() + "/inventory", other.token())
                .assertProblem(403, "NOT_CHARACTER_OWNER");
        http.get(BASE + "/characters/" + UUID.randomUUID() + "/wallet", owner.token())
                .assertProblem(404, "CHARACTER_NOT_FOUND");
        http.get(wallet, null).assertStatus(401);
        http.get(wallet, economy.serviceToken("gameplay-service")).assertProblem(403, "PLAYER_TOKEN_REQUIRED");
    }

    @Test
    void aRewardIsMintedOncePerKeyAndOncePerRewardId() {
        Player player = economy.newPlayer();
        UUID rewardId = UUID.randomUUID();
        String body = """
                {"rewardId":"%s","characterId":"%s","source":"NEON_POPULARITY_RESET","sourceRef":"npr-2026-c07-gold",
                 "amounts":[{"currency":"NEON_MERIT","amount":1400},{"currency":"JUN_COIN","amount":50}]}
                """.formatted(rewardId, player.characterId());
        String social = economy.serviceToken("social-service");
        JsonNode first = http.send("POST", BASE + "/internal/rewards", body, social, key("r-1")).assertStatus(201).json();
        Http.Reply replay = http.send("POST", BASE + "/internal/rewards", body, social, key("r-1")).assertStatus(201);
        assertThat(replay.header("Idempotency-Replayed")).hasValue("true");
        assertThat(replay.json().get("rewardGrantId")).isEqualTo(first.get("rewardGrantId"));
        http.send("POST", BASE + "/internal/rewards", body, social, key("r-2"))
                .assertProblem(409, "REWARD_ALREADY_GRANTED");
        assertThat(economy.available(player, "NEON_MERIT")).isEqualTo(1400);
        assertThat(economy.available(player, "JUN_COIN")).isEqualTo(50);

        http.send("POST", BASE + "/internal/rewards", body, economy.serviceToken("gameplay-service"), key())
                .assertProblem(403, "CALLER_NOT_ALLOWED");
        http.send("POST", BASE + "/internal/rewards", body, player.token(), key()).assertStatus(403);
        economy.assertBooksBalance();
    }

    @Test
    void gameplayGrantsAreCreditedOnceAlsoToADeletedCharacter() {
        Player player = economy.newPlayer();
        UUID grantId = UUID.randomUUID();
        String body = """
                {"grantId":"%s","characterId":"%s","source":"QUEST_COMPLETION","sourceRef":"q-neon-ghosts",
                 "currencies":[{"currency":"EDDIES","amount":800}],"itemStacks":[{"itemId":"ghost-deck-mk2","quantity":1}]}
                """.formatted(grantId, player.characterId());
        String gameplay = economy.serviceToken("gameplay-service");
        JsonNode grant = http.send("POST", BASE + "/internal/gameplay-grants", body, gameplay, key(grantId.toString()))
                .assertStatus(201).json();
        assertThat(grant.get("itemStacks").get(0).get("itemId").asText()).isEqualTo("ghost-deck-mk2");
        http.send("POST", BASE + "/internal/gameplay-grants", body, gameplay, key())
                .assertProblem(409, "GRANT_ALREADY_CREDITED");
        assertThat(economy.available(player, "EDDIES")).isEqualTo(800);
        JsonNode ledger = http.get(BASE + "/characters/" + player.characterId() + "/ledger", player.token()).json();
        assertThat(ledger.get("items").get(0).get("reason").asText()).isEqualTo("QUEST_REWARD");

        http.send("POST", BASE + "/internal/gameplay-grants", """
                {"grantId":"%s","characterId":"%s","source":"RAID_LOOT","sourceRef":"quantum-reef-siege"}
                """.formatted(UUID.randomUUID(), player.characterId()), gameplay, key()).assertProblem(400, "EMPTY_GRANT");

        Player deleted = economy.newPlayer();
        economy.deleteCharacter(deleted);
        http.send("POST", BASE + "/internal/gameplay-grants", """
                {"grantId":"%s","characterId":"%s","source":"RAID_LOOT","sourceRef":"quantum-reef-siege",
                 "currencies":[{"currency":"LUMINA_SHARD","amount":4}]}
                """.formatted(UUID.randomUUID(), deleted.characterId()), gameplay, key()).assertStatus(201);
        http.send("POST", BASE + "/internal/gameplay-grants", body.replace(player.characterId().toString(),
                UUID.randomUUID().toString()).replace(grantId.toString(), UUID.randomUUID().toString()), gameplay,
                key()).assertProblem(404, "CHARACTER_NOT_FOUND");
        http.send("POST", BASE + "/internal/gameplay-grants", body, economy.serviceToken("world-service"), key())
                .assertProblem(403, "CALLER_NOT_ALLOWED");
        economy.assertBooksBalance();
    }

    @Test
    void consumingTakesOnlyAvailablePiecesOncePerConsumption() {
        Player player = economy.newPlayer();
        economy.giveItems(player.characterId(), "trauma-medkit", 2);
        UUID consumptionId = UUID.randomUUID();
        String body = """
                {"consumptionId":"%s","characterId":"%s","itemId":"trauma-medkit","quantity":1,
                 "source":"COMBAT_ITEM_USE","sourceRef":"%s"}
                """.formatted(consumptionId, player.characterId(), UUID.randomUUID());
        String gameplay = economy.serviceToken("gameplay-service");
        JsonNode used = http.send("POST", BASE + "/internal/item-consumptions", body, gameplay, key("c-1"))
                .assertStatus(201).json();
        assertThat(used.get("availableAfter").asInt()).isEqualTo(1);
        assertThat(http.send("POST", BASE + "/internal/item-consumptions", body, gameplay, key("c-1"))
                .assertStatus(201).header("Idempotency-Replayed")).hasValue("true");
        http.send("POST", BASE + "/internal/item-consumptions", body, gameplay, key())
                .assertProblem(409, "CONSUMPTION_ALREADY_RECORDED");
        http.send("POST", BASE + "/internal/item-consumptions", body.replace("\"quantity\":1", "\"quantity\":2")
                .replace(consumptionId.toString(), UUID.randomUUID().toString()), gameplay, key())
                .assertProblem(422, "ITEM_NOT_OWNED");

        economy.deleteCharacter(player);
        economy.clock.advance(Duration.ofSeconds(31)); // past the 30 s the owner check may cache a snapshot
        http.send("POST", BASE + "/internal/item-consumptions", body.replace(consumptionId.toString(),
                UUID.randomUUID().toString()), gameplay, key()).assertProblem(404, "CHARACTER_NOT_FOUND");
    }

    @Test
    void worldStateChangesApplyOnceAndOnlyWhenNewer() {
        String world = economy.serviceToken("world-service");
        String change = """
                {"eventId":"%s","serverId":"night-city-eu-1","key":"%s","value":{"branch":"HELIOS_THRONE"},
                 "version":%d,"changedAt":"2026-11-27T12:00:00Z"}
                """;
        String path = BASE + "/internal/world-state-changes";
        String first = change.formatted(UUID.randomUUID(), "throne-of-sand.branch", 7);
        assertThat(http.post(path, first, world).assertStatus(200).json().get("applied").asBoolean()).isTrue();
        assertThat(http.post(path, first, world).assertStatus(200).json().get("applied").asBoolean()).isFalse();
        assertThat(http.post(path, change.formatted(UUID.randomUUID(), "throne-of-sand.branch", 6), world)
                .assertStatus(200).json().get("applied").asBoolean()).isFalse();
        assertThat(http.post(path, change.formatted(UUID.randomUUID(), "throne-of-sand.branch", 8), world)
                .assertStatus(200).json().get("applied").asBoolean()).isTrue();
        assertThat(http.post(path, change.formatted(UUID.randomUUID(), "weather.rain", 1), world)
                .assertStatus(200).json().get("applied").asBoolean()).isFalse();
        http.post(path, first, economy.serviceToken("social-service")).assertProblem(403, "CALLER_NOT_ALLOWED");
    }
}
