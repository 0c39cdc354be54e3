package com.necpgame.world.state;

import com.necpgame.platform.problem.ProblemException;

/** Keys under {@code throne-of-sand.} belong to the campaign, under {@code npc.} to NPC_STATE consequences. */
public final class ReservedKeys {
    public static final String THRONE_OF_SAND = "throne-of-sand.";
    public static final String NPC = "npc.";

    private ReservedKeys() {
    }

    public static boolean reserved(String key) {
        return key.startsWith(THRONE_OF_SAND) || key.startsWith(NPC);
    }

    /** 422 {@code RESERVED_KEY} for a direct write of a reserved key. */
    public static void requireWritable(String key) {
        if (reserved(key)) {
            throw ProblemException.unprocessable("RESERVED_KEY", "Keys under '" + THRONE_OF_SAND + "' and '" + NPC
                    + "' are written only by Throne of Sand decisions and NPC_STATE consequences.");
        }
    }
}
