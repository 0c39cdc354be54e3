package com.necpgame.world;

import com.necpgame.platform.testing.LayeringRules;
import org.junit.jupiter.api.Test;

/** world-service keeps the layering every service has (see {@link LayeringRules}). */
class LayeringTest {
    private static final LayeringRules RULES = new LayeringRules("com.necpgame.world", WorldServiceDefinition.class);

    @Test
    void onlyResourcesAndTheServiceDefinitionSpeakHttp() {
        RULES.onlyResourcesAndTheServiceDefinitionSpeakHttp();
    }

    @Test
    void theDomainNeverSeesGeneratedDtos() {
        RULES.theDomainNeverSeesGeneratedDtos();
    }
}
