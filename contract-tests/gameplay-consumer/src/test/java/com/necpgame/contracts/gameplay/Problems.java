package com.necpgame.contracts.gameplay;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;

/** The RFC 9457 problem every error of every service answers with (the spec requires {@code code} too). */
final class Problems {
    private Problems() {
    }

    static PactDslJsonBody problem(int status) {
        return new PactDslJsonBody()
                .stringType("type", "https://necpgame.dev/problems/example")
                .stringType("title", "Example problem")
                .numberValue("status", status);
    }
}
