package com.necpgame.contracts.gameplay;

import au.com.dius.pact.provider.junitsupport.State;

import java.util.Map;

/** The provider states of the game client's quest interactions (catalogue and quest sessions). */
class QuestStates {

    /** The catalogue is content: any logged-in player reads it. */
    @State("a logged-in player looks at the quest catalogue")
    Map<String, Object> lookingAtTheCatalogue() {
        return LiveServices.playerValues(LiveServices.newPlayer());
    }
}
