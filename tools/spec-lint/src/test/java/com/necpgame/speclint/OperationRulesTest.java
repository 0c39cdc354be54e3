package com.necpgame.speclint;

import com.necpgame.speclint.rules.OperationIdRule;
import com.necpgame.speclint.rules.OperationTagRule;
import com.necpgame.speclint.rules.OperationTextRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.necpgame.speclint.Fixtures.lint;
import static com.necpgame.speclint.Fixtures.op;
import static org.assertj.core.api.Assertions.assertThat;

class OperationRulesTest {

    @Test
    void operationIdFiresOnMissingAndNonCamelCaseIds() {
        List<Finding> findings = lint(new OperationIdRule(), "bad/operation-id.yaml");

        assertThat(findings).extracting(Finding::pointer).containsExactly(
                op("/api/v1/auth/a", "get"),
                op("/api/v1/auth/b", "get") + "/operationId");
        assertThat(findings).allMatch(f -> f.ruleId().equals("operation-id"));
        assertThat(findings.get(0).message()).contains("GET /api/v1/auth/a has no operationId");
        assertThat(findings.get(1).message()).contains("Get_Thing is not lowerCamelCase");
    }

    @Test
    void operationTagFiresOnNoTagTwoTagsAndUndeclaredTags() {
        List<Finding> findings = lint(new OperationTagRule(), "bad/operation-tag.yaml");

        assertThat(findings).extracting(Finding::pointer).containsExactly(
                op("/api/v1/auth/none", "get"),
                op("/api/v1/auth/two", "get") + "/tags",
                op("/api/v1/auth/undeclared", "get") + "/tags/0",
                op("/api/v1/auth/undescribed", "get") + "/tags/0");
        assertThat(findings.get(1).message()).contains("has 2 tags");
    }

    @Test
    void summaryAndDescriptionFireOnBlankOrMissingText() {
        assertThat(lint(OperationTextRule.summary(), "bad/operation-text.yaml"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("operation-summary");
                    assertThat(f.pointer()).isEqualTo(op("/api/v1/auth/a", "get"));
                });
        assertThat(lint(OperationTextRule.description(), "bad/operation-text.yaml"))
                .singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo("operation-description"));
    }
}
