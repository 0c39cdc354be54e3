package com.necpgame.contracts.gameplay;

import au.com.dius.pact.provider.junitsupport.State;
import com.necpgame.contracts.gameplay.LiveServices.Player;
import com.necpgame.gameplay.client.ApiException;
import com.necpgame.gameplay.client.api.QuestsApi;
import com.necpgame.gameplay.client.model.QuestChoiceRequest;
import com.necpgame.gameplay.client.model.QuestSession;
import com.necpgame.gameplay.client.model.StartQuestRequest;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The provider states of the game client's quest interactions. A new player's new (level-1) character plays the
 * Corner Store Run (q-corner-store-run) on night-city-eu-1, started and advanced through gameplay's own API with
 * the player's token.
 */
class QuestStates {

    /** The catalogue is content: any logged-in player reads it. */
    @State("a logged-in player looks at the quest catalogue")
    Map<String, Object> lookingAtTheCatalogue() {
        return LiveServices.playerValues(LiveServices.newPlayer());
    }

    @State("a logged-in player has a level-1 character on no quest")
    Map<String, Object> onNoQuest() {
        Player player = LiveServices.newPlayer();
        Map<String, Object> values = new HashMap<>(LiveServices.playerValues(player));
        values.put("characterId", LiveServices.newCharacter(player).toString());
        return values;
    }

    /** The interaction presents the first player's token and names the other player's character. */
    @State("a logged-in player and a character of another player, on no quest")
    Map<String, Object> anotherPlayersCharacter() {
        Player player = LiveServices.newPlayer();
        Player other = LiveServices.newPlayer();
        Map<String, Object> values = new HashMap<>(LiveServices.playerValues(player));
        values.put("characterId", LiveServices.newCharacter(other).toString());
        return values;
    }

    @State("a player's character is on the Corner Store Run")
    Map<String, Object> onTheCornerStoreRun() throws ApiException {
        return new Run().values();
    }

    /** The courier found (ask-around) and the package handed over: every required objective done. */
    @State("a player's character has settled the Corner Store Run by delivering the package")
    Map<String, Object> settled() throws ApiException {
        Run run = new Run();
        run.choose("ask-around");
        run.choose("hand-over-the-package");
        return run.values();
    }

    /** A new player's new character that started the Corner Store Run on night-city-eu-1. */
    static final class Run {
        final Player player = LiveServices.newPlayer();
        final UUID characterId = LiveServices.newCharacter(player);
        final QuestsApi api = new QuestsApi(LiveServices.gameplayClient(player));
        final QuestSession session;

        Run() throws ApiException {
            session = api.startQuest(new StartQuestRequest().characterId(characterId).questId("q-corner-store-run")
                    .serverId("night-city-eu-1"));
        }

        void choose(String choiceId) throws ApiException {
            api.makeQuestChoice(session.getQuestSessionId(), new QuestChoiceRequest().choiceId(choiceId));
        }

        Map<String, Object> values() {
            Map<String, Object> values = new HashMap<>(LiveServices.playerValues(player));
            values.put("characterId", characterId.toString());
            values.put("questSessionId", session.getQuestSessionId().toString());
            return values;
        }
    }
}
