package com.necpgame.contracts.gameplay;

import au.com.dius.pact.provider.junitsupport.State;
import com.necpgame.contracts.gameplay.LiveServices.Player;
import com.necpgame.gameplay.client.ApiException;
import com.necpgame.gameplay.client.api.CombatApi;
import com.necpgame.gameplay.client.model.AttackRequest;
import com.necpgame.gameplay.client.model.CombatSession;
import com.necpgame.gameplay.client.model.StartCombatSessionRequest;
import com.necpgame.gameplay.client.model.StartableCombatSessionType;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The provider states of the game client's combat interactions. A new player's new NETRUNNER fights the
 * maelstrom-ambush encounter (one Maelstrom ganger), started and fought through gameplay's own API with the
 * player's token; the NPC answers every action of the character at once, so what the log holds is known.
 */
class CombatStates {

    @State("a logged-in player has a character ready for a fight")
    Map<String, Object> readyForAFight() {
        Player player = LiveServices.newPlayer();
        Map<String, Object> values = new HashMap<>(LiveServices.playerValues(player));
        values.put("characterId", LiveServices.newCharacter(player).toString());
        return values;
    }

    @State("a player's character fights the Maelstrom ambush")
    Map<String, Object> fightingTheAmbush() throws ApiException {
        return new Fight().values();
    }

    @State("a player's character, hit once in a fight against the Maelstrom ambush, carries a trauma medkit")
    Map<String, Object> hurtWithAMedkit() throws ApiException {
        Fight fight = new Fight();
        fight.attack();
        LiveServices.grantItems(fight.characterId, "trauma-medkit", 1);
        return fight.values();
    }

    @State("a player's character has traded blows with the Maelstrom ambush")
    Map<String, Object> tradedBlows() throws ApiException {
        Fight fight = new Fight();
        fight.attack();
        return fight.values();
    }

    @State("a player's character has fled from the Maelstrom ambush")
    Map<String, Object> fled() throws ApiException {
        Fight fight = new Fight();
        fight.api.fleeCombat(fight.session.getSessionId());
        return fight.values();
    }

    /** A new player's new character in a PVE fight against maelstrom-ambush: the character, then the ganger. */
    static final class Fight {
        final Player player = LiveServices.newPlayer();
        final UUID characterId = LiveServices.newCharacter(player);
        final CombatApi api = new CombatApi(LiveServices.gameplayClient(player));
        final CombatSession session;

        Fight() throws ApiException {
            // Without opponents: the generated model's empty list would fail the spec's minItems 1 (400).
            session = api.startCombatSession(new StartCombatSessionRequest().type(StartableCombatSessionType.PVE)
                    .characterId(characterId).encounterId("maelstrom-ambush").opponentCharacterIds(null));
        }

        UUID participantId() {
            return session.getParticipants().get(0).getParticipantId();
        }

        UUID npcParticipantId() {
            return session.getParticipants().get(1).getParticipantId();
        }

        /** The character attacks the ganger once; the ganger answers. */
        void attack() throws ApiException {
            api.attackInCombat(session.getSessionId(), new AttackRequest().actionId(UUID.randomUUID())
                    .targetParticipantId(npcParticipantId()));
        }

        Map<String, Object> values() {
            Map<String, Object> values = new HashMap<>(LiveServices.playerValues(player));
            values.put("characterId", characterId.toString());
            values.put("sessionId", session.getSessionId().toString());
            values.put("participantId", participantId().toString());
            values.put("npcParticipantId", npcParticipantId().toString());
            return values;
        }
    }
}
