package com.necpgame.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsAStrongPassword() {
        assertThat(PasswordPolicy.weakness("chrome-and-neon-2077", "Neo_V", "v.silverhand@necpgame.dev")).isEmpty();
    }

    @Test
    void refusesTheUsernameInAnyCase() {
        assertThat(PasswordPolicy.weakness("my-NEO_V-is-great", "Neo_V", "x@necpgame.dev")).isPresent();
    }

    @Test
    void refusesTheEmailLocalPart() {
        assertThat(PasswordPolicy.weakness("123V.SilverHand456", "Neo_V", "v.silverhand@necpgame.dev")).isPresent();
    }

    @Test
    void refusesOneRepeatedCharacter() {
        assertThat(PasswordPolicy.weakness("zzzzzzzzzzzzzz", "Neo_V", "v@necpgame.dev")).isPresent();
    }

    @Test
    void refusesWrongLengths() {
        assertThat(PasswordPolicy.weakness("short-pass1", "Neo_V", "v@necpgame.dev")).isPresent();
        assertThat(PasswordPolicy.weakness("x1".repeat(65), "Neo_V", "v@necpgame.dev")).isPresent();
        assertThat(PasswordPolicy.weakness("x1".repeat(64), "Neo_V", "v@necpgame.dev")).isEmpty();
    }
}
