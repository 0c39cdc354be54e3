package com.necpgame.character.character;

import com.necpgame.platform.problem.ProblemException;

/** At most 5 live characters per account; soft-deleted ones do not count. */
public final class CharacterLimit {
    public static final int MAX_LIVE = 5;

    private CharacterLimit() {
    }

    /** 403 {@code CHARACTER_LIMIT_REACHED} when one more live character would pass the limit. */
    public static void requireRoomForOneMore(long liveCharacters) {
        if (liveCharacters >= MAX_LIVE) {
            throw ProblemException.forbidden("CHARACTER_LIMIT_REACHED",
                    "An account has at most " + MAX_LIVE + " live characters; delete one first.");
        }
    }
}
