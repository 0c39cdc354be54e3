package com.necpgame.gameplay;

import static com.necpgame.gameplay.TestGameplay.BASE;
import static com.necpgame.gameplay.TestGameplay.idempotencyKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.gameplay.TestGameplay.Player;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Combat over real HTTP: PVE against seeded NPCs, PVP, skills with cooldowns, items through economy, flee. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CombatTest {
    static final String SESSIONS = BASE + "/combat/sessions";

    @AutoClose
    private final TestGameplay game = new TestGameplay();
    private final Http http = game.http;

    @Test
    void aPveFightDealsTheDamageRuleAndEndsWhenTheNpcsAreDown() {
        Player player = game.newPlayer();
        UUID character = game.newCharacter(player);
        JsonNode session = http.post(SESSIONS, pve(character, "maelstrom-ambush"), player.token()).assertStatus(201).json();
        assertThat(session.get("status").asText()).isEqualTo("ACTIVE");
        String id = session.get("sessionId").asText();
        String ganger = participant(session, "NPC").get("participantId").asText();
        JsonNode me = participant(session, "CHARACTER");
        assertThat(me.get("maxHp").asInt()).isEqualTo(100);

        // Sidearm 12, DEX 10 (+0), ganger armor 2: 10 per hit; the ganger (8, STR 12 +1) hits back for 8 - 2 = 7.
        JsonNode first = attack(player, id, ganger, UUID.randomUUID()).assertStatus(200).json();
        assertThat(first.get("damage").get("base").asInt()).isEqualTo(12);
        assertThat(first.get("damage").get("attribute").asText()).isEqualTo("DEX");
        assertThat(first.get("damage").get("armor").asInt()).isEqualTo(2);
        assertThat(first.get("damage").get("amount").asInt()).isEqualTo(10);
        assertThat(first.get("targetHpAfter").asInt()).isEqualTo(50);
        assertThat(first.get("turn").asInt()).isEqualTo(1);

        // A repeated actionId deals no damage again.
        UUID repeated = UUID.randomUUID();
        attack(player, id, ganger, repeated).assertStatus(200);
        JsonNode again = attack(player, id, ganger, repeated).assertStatus(200).json();
        assertThat(again.get("targetHpAfter").asInt()).isEqualTo(40);

        // breach-protocol (a NETRUNNER starting skill): 16 + INT 10 (+0) - 2 = 14; then cooling down for 10 s.
        JsonNode skill = http.post(SESSIONS + "/" + id + "/use-skill", """
                {"actionId":"%s","skillId":"breach-protocol","targetParticipantId":"%s"}""".formatted(UUID.randomUUID(),
                ganger), player.token()).assertStatus(200).json();
        assertThat(skill.get("damage").get("amount").asInt()).isEqualTo(14);
        http.post(SESSIONS + "/" + id + "/use-skill", """
                {"actionId":"%s","skillId":"breach-protocol","targetParticipantId":"%s"}""".formatted(UUID.randomUUID(),
                ganger), player.token()).assertProblem(422, "SKILL_ON_COOLDOWN");
        http.post(SESSIONS + "/" + id + "/use-skill", """
                {"actionId":"%s","skillId":"streetwise","targetParticipantId":"%s"}""".formatted(UUID.randomUUID(),
                ganger), player.token()).assertProblem(422, "SKILL_NOT_AVAILABLE");
        game.clock.advance(Duration.ofSeconds(11));
        http.post(SESSIONS + "/" + id + "/use-skill", """
                {"actionId":"%s","skillId":"breach-protocol"}""".formatted(UUID.randomUUID()), player.token())
                .assertProblem(422, "TARGET_REQUIRED");
        attack(player, id, me.get("participantId").asText(), UUID.randomUUID()).assertProblem(422, "INVALID_TARGET");
        attack(game.newPlayer(), id, ganger, UUID.randomUUID()).assertProblem(403, "NOT_A_PARTICIPANT");

        JsonNode last = null;
        for (int i = 0; i < 3; i++) {
            last = attack(player, id, ganger, UUID.randomUUID()).assertStatus(200).json();
        }
        assertThat(last.get("targetDefeated").asBoolean()).isTrue();
        assertThat(last.get("sessionStatus").asText()).isEqualTo("COMPLETED");
        JsonNode ended = http.get(SESSIONS + "/" + id, player.token()).assertStatus(200).json();
        assertThat(ended.get("winnerSide").asText()).isEqualTo("ALPHA");
        assertThat(participant(ended, "CHARACTER").get("hp").asInt()).isEqualTo(100 - 5 * 7);
        attack(player, id, ganger, UUID.randomUUID()).assertProblem(409, "SESSION_NOT_ACTIVE");

        JsonNode log = http.get(SESSIONS + "/" + id + "/actions?limit=100", player.token()).assertStatus(200).json();
        assertThat(log.get("total").asInt()).isEqualTo(11); // 6 player actions, 5 answers of the ganger
        assertThat(log.get("items").get(1).get("damage").get("amount").asInt()).isEqualTo(7);
        http.get(SESSIONS + "/" + id, game.newPlayer().token()).assertProblem(403, "NOT_A_PARTICIPANT");
        JsonNode mine = http.get(SESSIONS + "?characterId=" + character, player.token()).assertStatus(200).json();
        assertThat(mine.get("items").findValuesAsText("sessionId")).containsExactly(id);
    }

    @Test
    void aCharacterFightsOneSessionAtATimeAndFleeingEndsADuel() {
        Player player = game.newPlayer();
        UUID character = game.newCharacter(player);
        Player rival = game.newPlayer();
        UUID opponent = game.newCharacter(rival);
        String duel = """
                {"type":"PVP_DUEL","characterId":"%s","opponentCharacterIds":["%s"]}""".formatted(character, opponent);
        JsonNode session = http.post(SESSIONS, duel, player.token()).assertStatus(201).json();
        http.post(SESSIONS, pve(opponent, "maelstrom-ambush"), rival.token()).assertProblem(409, "CHARACTER_IN_COMBAT");
        http.post(SESSIONS, pve(character, "no-such-encounter"), player.token())
                .assertProblem(404, "ENCOUNTER_NOT_FOUND");
        http.post(SESSIONS, pve(opponent, "maelstrom-ambush"), player.token()).assertProblem(403, "NOT_CHARACTER_OWNER");
        http.post(SESSIONS, duel.replace("PVP_DUEL", "RAID_BOSS"), player.token()).assertProblem(400, "VALIDATION_FAILED");

        JsonNode fled = http.post(SESSIONS + "/" + session.get("sessionId").asText() + "/flee", null, rival.token())
                .assertStatus(200).json();
        assertThat(fled.get("type").asText()).isEqualTo("FLEE");
        assertThat(fled.get("sessionStatus").asText()).isEqualTo("FLED");
        http.post(SESSIONS + "/" + session.get("sessionId").asText() + "/flee", null, player.token())
                .assertProblem(409, "SESSION_NOT_ACTIVE");
        http.post(SESSIONS, pve(opponent, "maelstrom-ambush"), rival.token()).assertStatus(201);
    }

    @Test
    void opponentsAreCountedByTheRulesAnEmptyListIsNoneAsTheGeneratedClientsSendIt() {
        Player player = game.newPlayer();
        UUID character = game.newCharacter(player);
        UUID opponent = game.newCharacter(game.newPlayer());
        http.post(SESSIONS, """
                {"type":"PVP_DUEL","characterId":"%s","opponentCharacterIds":[]}""".formatted(character), player.token())
                .assertProblem(422, "INVALID_OPPONENTS");
        http.post(SESSIONS, """
                {"type":"PVE","characterId":"%s","encounterId":"maelstrom-ambush","opponentCharacterIds":["%s"]}"""
                .formatted(character, opponent), player.token()).assertProblem(422, "OPPONENTS_NOT_ALLOWED");
        http.post(SESSIONS, """
                {"type":"PVE","characterId":"%s","encounterId":"maelstrom-ambush","opponentCharacterIds":[]}"""
                .formatted(character), player.token()).assertStatus(201);
    }

    @Test
    void anItemIsConsumedInEconomyOnceAndHealsOnce() {
        Player player = game.newPlayer();
        UUID character = game.newCharacter(player);
        game.standIns.inventory.put(character + "/street-medkit", 1);
        JsonNode session = http.post(SESSIONS, pve(character, "maelstrom-ambush"), player.token()).assertStatus(201).json();
        String id = session.get("sessionId").asText();
        String ganger = participant(session, "NPC").get("participantId").asText();
        attack(player, id, ganger, UUID.randomUUID()).assertStatus(200); // the ganger answers: 93 hp left
        String body = "{\"itemId\":\"street-medkit\"}";
        Http.Reply healed = http.send("POST", SESSIONS + "/" + id + "/use-item", body, player.token(),
                idempotencyKey("medkit-1")).assertStatus(200);
        assertThat(healed.json().get("healing").asInt()).isEqualTo(7); // never above max hp
        assertThat(healed.json().get("targetHpAfter").asInt()).isEqualTo(100);
        Http.Reply replay = http.send("POST", SESSIONS + "/" + id + "/use-item", body, player.token(),
                idempotencyKey("medkit-1")).assertStatus(200);
        assertThat(replay.header("Idempotency-Replayed")).hasValue("true");
        assertThat(replay.json()).isEqualTo(healed.json()); // the first answer is the model, the replay its JSON
        assertThat(game.standIns.received(StandIns.CONSUMPTIONS)).filteredOn(r -> r.body().get("characterId")
                .asText().equals(character.toString())).hasSize(1);
        assertThat(game.standIns.inventory.get(character + "/street-medkit")).isZero();

        http.send("POST", SESSIONS + "/" + id + "/use-item", body, player.token(), idempotencyKey("medkit-2"))
                .assertProblem(422, "ITEM_NOT_OWNED");
        http.send("POST", SESSIONS + "/" + id + "/use-item", "{\"itemId\":\"ghost-deck-mk2\"}", player.token(),
                idempotencyKey("deck-use-1")).assertProblem(422, "ITEM_NOT_USABLE");
        game.clock.advance(Duration.ofSeconds(1));
    }

    static String pve(UUID character, String encounter) {
        return """
                {"type":"PVE","characterId":"%s","encounterId":"%s"}""".formatted(character, encounter);
    }

    private Http.Reply attack(Player player, String session, String target, UUID actionId) {
        return http.post(SESSIONS + "/" + session + "/attack", """
                {"actionId":"%s","targetParticipantId":"%s"}""".formatted(actionId, target), player.token());
    }

    private static JsonNode participant(JsonNode session, String kind) {
        for (JsonNode p : session.get("participants")) {
            if (p.get("kind").asText().equals(kind)) {
                return p;
            }
        }
        throw new AssertionError("no " + kind + " in " + session);
    }
}
