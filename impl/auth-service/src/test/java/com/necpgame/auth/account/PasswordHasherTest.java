package com.necpgame.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = PasswordHasher.withDefaults();

    @Test
    void hashesArePhcFormattedArgon2idWithTheirParameters() {
        String hash = hasher.hash("chrome-and-neon-2077");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hash.split("\\$")).hasSize(6);
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("chrome-and-neon-2077");
        assertThat(hasher.verify("chrome-and-neon-2077", hash)).isTrue();
        assertThat(hasher.verify("chrome-and-neon-2078", hash)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(hasher.hash("chrome-and-neon-2077")).isNotEqualTo(hasher.hash("chrome-and-neon-2077"));
    }

    @Test
    void verifiesWithTheParametersStoredInTheHash() {
        PasswordHasher cheap = new PasswordHasher(new PasswordHasher.Argon2Cost(1024, 1, 1), HashSlots.perCore());
        String oldHash = cheap.hash("chrome-and-neon-2077");
        assertThat(oldHash).contains("m=1024,t=1,p=1");
        assertThat(hasher.verify("chrome-and-neon-2077", oldHash)).isTrue();
    }

    @Test
    void brokenHashesNeverMatch() {
        assertThat(hasher.verify("anything", "plain-text")).isFalse();
        assertThat(hasher.verify("anything", "$argon2i$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA")).isFalse();
    }
}
