package com.necpgame.speclint;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule stays quiet on a spec that follows every convention. */
class GoodSpecTest {

    static Stream<Arguments> rules() {
        return Linter.allRules().stream().map(rule -> Arguments.of(rule.id(), rule));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleIsQuietOnTheGoodSpec(String id, Rule rule) {
        assertThat(Fixtures.lint(rule, "good.yaml")).isEmpty();
    }
}
