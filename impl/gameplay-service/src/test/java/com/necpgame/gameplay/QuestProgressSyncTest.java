package com.necpgame.gameplay;

import static com.necpgame.gameplay.QuestsTest.SESSIONS;
import static com.necpgame.gameplay.QuestsTest.startBody;
import static com.necpgame.gameplay.TestGameplay.CHARACTERS;
import static com.necpgame.gameplay.TestGameplay.idempotencyKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.gameplay.TestGameplay.Player;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * End to end: a quest completed in gameplay arrives in character-service's quest progress, also when
 * character-service is down at the time: the outbox keeps the pushes until it is back, and the experience is
 * added once. World and economy pushes wait for their receivers the same way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestProgressSyncTest {
    @AutoClose
    private final TestGameplay game = new TestGameplay();

    @Test
    void aCompletionWhileCharacterServiceIsDownArrivesOnceItIsBackAndOnlyOnce() {
        Player player = game.newPlayer();
        UUID character = game.newCharacter(player);
        UUID session = UUID.fromString(game.http.post(SESSIONS, startBody(character, QuestsTest.CORNER_STORE),
                player.token()).assertStatus(201).json().get("questSessionId").asText());
        game.http.post(SESSIONS + "/" + session + "/choices", "{\"choiceId\":\"ask-around\"}", player.token())
                .assertStatus(200);
        game.relay();
        assertThat(progress(player, character).get("status").asText()).isEqualTo("ACTIVE");

        game.stopCharacter();
        game.http.post(SESSIONS + "/" + session + "/choices", "{\"choiceId\":\"keep-the-package\"}", player.token())
                .assertStatus(200);
        JsonNode completed = game.http.send("POST", SESSIONS + "/" + session + "/complete", null, player.token(),
                idempotencyKey("done-" + session)).assertStatus(200).json();
        assertThat(completed.get("questSession").get("progressSync").asText()).isEqualTo("PENDING");
        game.gameplay.context().outbox().relayOnce(); // character-service refuses the connection: retried later
        assertThat(game.http.get(SESSIONS + "/" + session, player.token()).json().get("progressSync").asText())
                .isEqualTo("PENDING");
        assertThat(game.gameplay.context().outbox().backlog()).isPositive();

        game.restartCharacter();
        game.relayAfterBackoff();
        assertThat(game.http.get(SESSIONS + "/" + session, player.token()).json().get("progressSync").asText())
                .isEqualTo("DELIVERED");
        JsonNode arrived = progress(player, character);
        assertThat(arrived.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(arrived.get("branchId").asText()).isEqualTo("keep-the-package");
        assertThat(experience(player, character)).isEqualTo(1200);

        // Delivering again (a relay that crashed after the receiver applied, say) changes nothing there.
        game.gameplay.context().outbox().relayOnce();
        assertThat(experience(player, character)).isEqualTo(1200);
        assertThat(game.gameplay.context().outbox().backlog()).isZero();
    }

    @Test
    void consequencesAndGrantsAreRetriedUntilWorldAndEconomyAcknowledge() {
        Player player = game.newPlayer();
        UUID character = game.newCharacter(player);
        UUID session = UUID.fromString(game.http.post(SESSIONS, startBody(character, QuestsTest.CORNER_STORE),
                player.token()).assertStatus(201).json().get("questSessionId").asText());
        game.http.post(SESSIONS + "/" + session + "/choices", "{\"choiceId\":\"ask-around\"}", player.token());
        game.http.post(SESSIONS + "/" + session + "/choices", "{\"choiceId\":\"hand-over-the-package\"}",
                player.token());
        game.standIns.answer(StandIns.CONSEQUENCES, 503);
        game.standIns.answer(StandIns.GRANTS, 503);
        game.http.send("POST", SESSIONS + "/" + session + "/complete", null, player.token(),
                idempotencyKey("k-" + session)).assertStatus(200);
        game.gameplay.context().outbox().relayOnce();
        assertThat(game.http.get(SESSIONS + "/" + session, player.token()).json().get("consequencesSync").asText())
                .isEqualTo("PENDING");

        game.standIns.heal(StandIns.CONSEQUENCES);
        game.standIns.heal(StandIns.GRANTS);
        game.relayAfterBackoff();
        assertThat(game.http.get(SESSIONS + "/" + session, player.token()).json().get("consequencesSync").asText())
                .isEqualTo("DELIVERED");
        assertThat(game.standIns.received(StandIns.CONSEQUENCES).stream()
                .filter(r -> r.idempotencyKey().equals(session.toString()))).hasSize(1);
        assertThat(game.standIns.received(StandIns.GRANTS).stream()
                .filter(r -> r.idempotencyKey().equals(session.toString()))).hasSize(1);
    }

    private JsonNode progress(Player player, UUID character) {
        return game.characterHttp().get(CHARACTERS + "/" + character + "/quest-progress/" + QuestsTest.CORNER_STORE,
                player.token()).assertStatus(200).json();
    }

    private long experience(Player player, UUID character) {
        return game.characterHttp().get(CHARACTERS + "/" + character + "/progression", player.token())
                .assertStatus(200).json().get("experience").asLong();
    }
}
