package com.necpgame.speclint;

import com.necpgame.speclint.rules.ValueMovingRules;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.necpgame.speclint.Fixtures.lint;
import static com.necpgame.speclint.Fixtures.op;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ValueMovingRulesTest {

    private static final String BIDS = "/api/v1/economy/reef-exchange/lots/{lotId}/bids";
    private static final String CONVERSIONS = "/api/v1/economy/merit-conversions";

    @Test
    void idempotencyKeyFiresOnValueMovingOperationsWithoutTheSharedHeader() {
        List<Finding> findings = lint(ValueMovingRules.idempotencyKey(), "bad/value-moving.yaml");

        assertThat(findings).extracting(Finding::pointer).containsExactly(
                op(CONVERSIONS, "post"), op(BIDS, "post"));
        assertThat(findings.get(1).toText()).isEqualTo(
                "bad/value-moving.yaml#/paths/~1api~1v1~1economy~1reef-exchange~1lots~1{lotId}~1bids/post"
                        + " [idempotency-key] value-moving operation placeBid lacks the Idempotency-Key header."
                        + " Fix: add - $ref: './common/headers.yaml#/components/parameters/IdempotencyKey'");
    }

    @Test
    void flagFiresOnUnflaggedValueWordsOnReasonlessFalseAndOnNonBooleans() {
        assertThat(lint(ValueMovingRules.flag(), "bad/value-moving.yaml"))
                .extracting(Finding::pointer, Finding::message)
                .containsExactly(
                        tuple(op(BIDS, "post"), "operation placeBid names 'bid', so it moves value, "
                                + "but does not say x-moves-value"),
                        tuple(op("/api/v1/economy/trade-preferences", "put") + "/x-moves-value",
                                "operation updateTradePreferences says x-moves-value: false without a reason"),
                        tuple(op("/api/v1/economy/wallet/top-ups", "post") + "/x-moves-value",
                                "x-moves-value of operation topUpWallet is not a boolean"));
    }

    @Test
    void replayedHeaderFiresOnSuccessResponsesOfValueMovingOperations() {
        assertThat(lint(ValueMovingRules.replayedHeader(), "bad/value-moving.yaml"))
                .extracting(Finding::pointer)
                .containsExactly(op(CONVERSIONS, "post") + "/responses/200", op(BIDS, "post") + "/responses/201");
    }
}
