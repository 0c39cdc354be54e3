package com.necpgame.contracts.world;

import com.necpgame.contracts.provider.PactCoverage;
import org.junit.jupiter.api.Test;

/** Every caller specs/world.yaml names in an operation's x-callers has a pact interaction calling it. */
class EveryCallerHasAPactTest {

    @Test
    void everyCallTheSpecNamesIsPinnedByAPact() throws Exception {
        PactCoverage.assertEveryCallerHasAPact("world-service");
    }
}
