package com.necpgame.gameplay;

import com.necpgame.platform.testing.LayeringRules;
import org.junit.jupiter.api.Test;

/** gameplay-service keeps the layering every service has (see {@link LayeringRules}). */
class LayeringTest {
    private static final LayeringRules RULES = new LayeringRules("com.necpgame.gameplay", GameplayServiceDefinition.class);

    @Test
    void onlyResourcesAndTheServiceDefinitionSpeakHttp() {
        RULES.onlyResourcesAndTheServiceDefinitionSpeakHttp();
    }

    @Test
    void theDomainNeverSeesGeneratedDtos() {
        RULES.theDomainNeverSeesGeneratedDtos();
    }
}
