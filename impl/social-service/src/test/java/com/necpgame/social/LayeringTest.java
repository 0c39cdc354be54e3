package com.necpgame.social;

import com.necpgame.platform.testing.LayeringRules;
import org.junit.jupiter.api.Test;

/** social-service keeps the layering every service has (see {@link LayeringRules}). */
class LayeringTest {
    private static final LayeringRules RULES = new LayeringRules("com.necpgame.social", SocialServiceDefinition.class);

    @Test
    void onlyResourcesAndTheServiceDefinitionSpeakHttp() {
        RULES.onlyResourcesAndTheServiceDefinitionSpeakHttp();
    }

    @Test
    void theDomainNeverSeesGeneratedDtos() {
        RULES.theDomainNeverSeesGeneratedDtos();
    }
}
