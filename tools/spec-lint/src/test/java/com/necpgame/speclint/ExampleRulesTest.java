package com.necpgame.speclint;

import com.necpgame.speclint.rules.ExampleRules;
import org.junit.jupiter.api.Test;

import static com.necpgame.speclint.Fixtures.lint;
import static com.necpgame.speclint.Fixtures.op;
import static org.assertj.core.api.Assertions.assertThat;

class ExampleRulesTest {

    @Test
    void requestExampleFiresOnInlineAndSharedBodiesWithoutExample() {
        assertThat(lint(ExampleRules.requestExample(), "bad/examples.yaml"))
                .extracting(Finding::pointer)
                .containsExactly(
                        "/components/requestBodies/NoExample/content/application~1json",
                        op("/api/v1/auth/things", "post") + "/requestBody/content/application~1json");
    }

    @Test
    void responseExampleFiresOnlyOnSuccessBodiesWithoutExample() {
        assertThat(lint(ExampleRules.responseExample(), "bad/examples.yaml"))
                .extracting(Finding::pointer)
                .containsExactly(
                        "/components/responses/NoExample/content/application~1json",
                        op("/api/v1/auth/things", "post") + "/responses/201/content/application~1json");
    }
}
