package com.necpgame.gameplay.character;

import java.util.UUID;

import com.necpgame.platform.problem.ProblemException;

/** The characters gameplay acts for: character-service's snapshots (cached briefly), and the owner check. */
public interface Characters {
    /**
     * The live character; 404 {@code CHARACTER_NOT_FOUND} when unknown or deleted, 503 when character-service does
     * not answer.
     */
    CharacterSnapshot snapshot(UUID characterId);

    /** The live character of {@code accountId}; 403 {@code NOT_CHARACTER_OWNER} when it belongs to another. */
    default CharacterSnapshot requireOwned(UUID accountId, UUID characterId) {
        CharacterSnapshot snapshot = snapshot(characterId);
        if (!snapshot.accountId().equals(accountId)) {
            throw notOwner();
        }
        return snapshot;
    }

    static ProblemException notOwner() {
        return ProblemException.forbidden("NOT_CHARACTER_OWNER", "This character belongs to another account.");
    }
}
