package com.necpgame.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
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
    void verifiesAHashStoredByTheEarlierBouncyCastleHasher() {
        // Made with Bouncy Castle's Argon2id at the default cost, as auth stored hashes before libargon2.
        String stored = "$argon2id$v=19$m=19456,t=2,p=1$TkVDUC1zYWx0LTIwNzchIQ$tJCAjkRIqw7ZmH6Et3AhFgacSm3AkpPXyOZYqqy68AE";
        assertThat(hasher.verify("chrome-and-neon-2077", stored)).isTrue();
        assertThat(hasher.verify("chrome-and-neon-2078", stored)).isFalse();
    }

    @Test
    void newHashesAreWhatAnIndependentArgon2idComputes() {
        String[] phc = hasher.hash("chrome-and-neon-2077").split("\\$");
        byte[] salt = Base64.getDecoder().decode(phc[4]);
        assertThat(bouncyCastleArgon2id("chrome-and-neon-2077", salt, 19 * 1024, 2, 1))
                .isEqualTo(Base64.getDecoder().decode(phc[5]));
    }

    @Test
    void brokenHashesNeverMatch() {
        assertThat(hasher.verify("anything", "plain-text")).isFalse();
        assertThat(hasher.verify("anything", "$argon2i$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA")).isFalse();
    }

    private static byte[] bouncyCastleArgon2id(String password, byte[] salt, int memoryKib, int iterations,
            int parallelism) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(memoryKib)
                .withIterations(iterations).withParallelism(parallelism).build());
        byte[] out = new byte[32];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
