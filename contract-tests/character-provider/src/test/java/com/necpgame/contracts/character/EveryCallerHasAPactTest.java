package com.necpgame.contracts.character;

import com.necpgame.contracts.provider.PactCoverage;
import org.junit.jupiter.api.Test;

/** Every caller specs/character.yaml names in an operation's x-callers has a pact interaction calling it. */
class EveryCallerHasAPactTest {

    @Test
    void everyCallTheSpecNamesIsPinnedByAPact() throws Exception {
        PactCoverage.assertEveryCallerHasAPact("character-service");
    }
}
