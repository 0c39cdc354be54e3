package com.necpgame.character.quest;

/** The answer to a push: what it did, and the entry as stored afterwards. */
public record SyncResult(SyncOutcome outcome, QuestProgress questProgress) {
    public boolean applied() {
        return outcome.applied();
    }
}
