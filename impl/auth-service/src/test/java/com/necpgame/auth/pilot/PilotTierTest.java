package com.necpgame.auth.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PilotTierTest {

    @Test
    void tiersAreOrderedT1BelowT2BelowT3() {
        assertThat(PilotTier.T3.atLeast(PilotTier.T2)).isTrue();
        assertThat(PilotTier.T2.atLeast(PilotTier.T2)).isTrue();
        assertThat(PilotTier.T2.atLeast(PilotTier.T3)).isFalse();
        assertThat(PilotTier.T1.atLeast(PilotTier.T2)).isFalse();
        assertThat(PilotTier.T1.atLeast(PilotTier.T1)).isTrue();
    }

    @Test
    void onlyT2AndT3NeedCertification() {
        assertThat(PilotTier.T1.requiresCertification()).isFalse();
        assertThat(PilotTier.T2.requiresCertification()).isTrue();
        assertThat(PilotTier.T3.requiresCertification()).isTrue();
    }
}
