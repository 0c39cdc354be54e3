package com.necpgame.contracts.world;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.V4Pact;

/**
 * The two world state pushes world-service makes (economy's {@code receiveEconomyWorldStateChange}, social's
 * {@code receiveSocialWorldStateChange}) share one request and one acknowledgement shape; this builds either
 * interaction for a receiver's path. A change the receiver has seen before (the outbox retrying a delivery whose
 * answer got lost) must be acknowledged with {@code applied: false}, so world stops retrying.
 */
final class WorldStatePushContracts {

    /** One change of a world state key as world's outbox pushes it. */
    record Change(String eventId, String serverId, String key, String valueName, Object value, long version,
                  String changedAt, String updatedByQuest) {
    }

    private WorldStatePushContracts() {
    }

    static V4Pact push(PactDslWithProvider builder, String path, String description, Change change,
                       boolean replay) {
        PactDslRequestWithoutPath interaction = replay
                ? builder.given(WorldClients.SENT_BEFORE).uponReceiving(description)
                : builder.uponReceiving(description);
        var request = interaction
                .method("POST")
                .path(path)
                .matchHeader("Authorization", "Bearer .+", WorldClients.EXAMPLE_SERVICE_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(body(change));
        return request
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("eventId", change.eventId())
                        .booleanValue("applied", !replay))
                .toPact(V4Pact.class);
    }

    private static PactDslJsonBody body(Change change) {
        PactDslJsonBody value = new PactDslJsonBody();
        if (change.value() instanceof Number number) {
            value.numberValue(change.valueName(), number);
        } else {
            value.stringValue(change.valueName(), change.value().toString());
        }
        return new PactDslJsonBody()
                .stringValue("eventId", change.eventId())
                .stringValue("serverId", change.serverId())
                .stringValue("key", change.key())
                .object("value", value)
                .numberValue("version", change.version())
                .stringMatcher("changedAt", WorldClients.RFC3339, change.changedAt())
                .stringValue("updatedByQuest", change.updatedByQuest());
    }
}
