package com.necpgame.contracts.gameplay;

import com.necpgame.contracts.provider.PactCoverage;
import org.junit.jupiter.api.Test;

/** Every caller specs/gameplay.yaml names in an operation's x-callers has a pact interaction calling it. */
class EveryCallerHasAPactTest {

    @Test
    void everyCallTheSpecNamesIsPinnedByAPact() throws Exception {
        PactCoverage.assertEveryCallerHasAPact("gameplay-service");
    }
}
