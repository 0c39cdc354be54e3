package com.necpgame.world;

import static com.necpgame.world.TestWorldService.BASE;
import static com.necpgame.world.TestWorldService.OTHER_SERVER;
import static com.necpgame.world.TestWorldService.SERVER;
import static com.necpgame.world.TestWorldService.stateBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Subscriptions and the pushes of every state change to economy and social, through the platform outbox, checked
 * at stand-in receivers: the initial push, one push per change, retries until acknowledged, deleted ones stop.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscriptionsTest {
    private static final String SUBSCRIPTIONS = BASE + "/subscriptions";

    @AutoClose
    private final TestWorldService world = new TestWorldService();
    private final Http http = world.http;
    private final StandInReceivers receivers = world.receivers;

    private static String key(String server, String name) {
        return BASE + "/servers/" + server + "/state/" + name;
    }

    private JsonNode subscribe(String subscriber, String pattern, String server) {
        String body = server == null
                ? "{\"subscriber\":\"%s\",\"keyPattern\":\"%s\"}".formatted(subscriber, pattern)
                : "{\"subscriber\":\"%s\",\"keyPattern\":\"%s\",\"serverId\":\"%s\"}".formatted(subscriber, pattern,
                server);
        return http.post(SUBSCRIPTIONS, body, world.operator()).assertStatus(201).json();
    }

    @Test
    void aNewSubscriptionGetsTheCurrentValueThenEveryChange() {
        http.put(key(SERVER, "econ.tax-rate"), stateBody(0, "{\"percent\":5}"), world.operator()).assertStatus(200);
        JsonNode subscription = subscribe("ECONOMY", "econ.*", null);
        assertThat(subscription.get("createdBy").asText()).isEqualTo("ops-console");
        assertThat(subscription.get("pendingChanges").asLong()).isEqualTo(1);

        world.await(() -> receivers.of("economy", SERVER, "econ.tax-rate").size() == 1);
        JsonNode initial = receivers.of("economy", SERVER, "econ.tax-rate").getFirst().change();
        assertThat(initial.get("version").asLong()).isEqualTo(1);
        assertThat(initial.get("value").get("percent").asInt()).isEqualTo(5);
        assertThat(receivers.of("economy", SERVER, "econ.tax-rate").getFirst().authorization()).startsWith("Bearer ");

        http.put(key(SERVER, "econ.tax-rate"), stateBody(1, "{\"percent\":7}"), world.operator()).assertStatus(200);
        http.put(key(OTHER_SERVER, "econ.tax-rate"), stateBody(0, "{\"percent\":1}"), world.operator())
                .assertStatus(200);
        http.put(key(SERVER, "social.event"), stateBody(0, "{\"on\":true}"), world.operator()).assertStatus(200);
        world.await(() -> receivers.of("economy", SERVER, "econ.tax-rate").size() == 2
                && !receivers.of("economy", OTHER_SERVER, "econ.tax-rate").isEmpty());
        JsonNode change = receivers.of("economy", SERVER, "econ.tax-rate").get(1).change();
        assertThat(change.get("version").asLong()).isEqualTo(2);
        assertThat(change.get("value").get("percent").asInt()).isEqualTo(7);
        assertThat(receivers.of("economy", SERVER, "social.event")).isEmpty();

        String id = subscription.get("subscriptionId").asText();
        JsonNode read = http.get(SUBSCRIPTIONS + "/" + id, world.operator()).assertStatus(200).json();
        assertThat(read.get("pendingChanges").asLong()).isZero();
        assertThat(read.has("lastDeliveredAt")).isTrue();
    }

    @Test
    void aServerScopedSubscriptionGetsOnlyThatServersChangesAndTheEventIdOfTheRevision() {
        subscribe("SOCIAL", "guild.war", SERVER);
        http.put(key(OTHER_SERVER, "guild.war"), stateBody(0, "{\"on\":true}"), world.operator()).assertStatus(200);
        http.put(key(SERVER, "guild.war"), stateBody(0, "{\"on\":true}"), world.operator()).assertStatus(200);
        world.await(() -> receivers.of("social", SERVER, "guild.war").size() == 1);
        world.relay();
        assertThat(receivers.of("social", OTHER_SERVER, "guild.war")).isEmpty();
        assertThat(receivers.of("social", SERVER, "guild.war").getFirst().change().get("eventId").asText())
                .isNotBlank();
    }

    @Test
    void aPushTheReceiverFailsIsRetriedUntilAcknowledged() {
        subscribe("ECONOMY", "retry.key", SERVER);
        receivers.failNext.set(1);
        http.put(key(SERVER, "retry.key"), stateBody(0, "{\"n\":1}"), world.operator()).assertStatus(200);
        world.relay();
        assertThat(receivers.of("economy", SERVER, "retry.key")).isEmpty();
        world.clock.advance(java.time.Duration.ofSeconds(2)); // past the first backoff
        world.await(() -> receivers.of("economy", SERVER, "retry.key").size() == 1);
    }

    @Test
    void aDeletedSubscriptionGetsNoMorePushes() {
        JsonNode subscription = subscribe("SOCIAL", "gone.*", SERVER);
        String id = subscription.get("subscriptionId").asText();
        receivers.failNext.set(1);
        http.put(key(SERVER, "gone.a"), stateBody(0, "{\"n\":1}"), world.operator()).assertStatus(200);
        world.relay();
        http.delete(SUBSCRIPTIONS + "/" + id, world.operator()).assertStatus(204);
        http.put(key(SERVER, "gone.a"), stateBody(1, "{\"n\":2}"), world.operator()).assertStatus(200);
        world.clock.advance(java.time.Duration.ofSeconds(2));
        world.relay();
        world.relay();
        assertThat(receivers.of("social", SERVER, "gone.a")).isEmpty();
        http.get(SUBSCRIPTIONS + "/" + id, world.operator()).assertProblem(404, "SUBSCRIPTION_NOT_FOUND");
        http.delete(SUBSCRIPTIONS + "/" + id, world.operator()).assertProblem(404, "SUBSCRIPTION_NOT_FOUND");
    }

    @Test
    void questConsequencesAndThroneOfSandDecisionsArePushedToo() {
        subscribe("ECONOMY", "throne-of-sand.*", OTHER_SERVER);
        subscribe("SOCIAL", "npc.*", OTHER_SERVER);
        http.post(BASE + "/events/throne-of-sand/campaigns", "{\"serverId\":\"" + OTHER_SERVER
                + "\",\"reason\":\"Season launch.\"}", world.operator()).assertStatus(201);
        http.put(BASE + "/quest-consequences/q-pushed/branches/b-main", "{\"expectedVersion\":0,\"effects\":"
                + "[{\"type\":\"NPC_STATE\",\"target\":\"rogue\",\"value\":{\"mood\":\"ANGRY\"}}]}",
                world.operator()).assertStatus(200);
        String request = """
                {"serverId":"%s","characterId":"%s","questId":"q-pushed","branchId":"b-main"}
                """.formatted(OTHER_SERVER, java.util.UUID.randomUUID());
        http.send("POST", BASE + "/internal/quest-consequences/apply", request, world.gameplay(),
                TestWorldService.idempotencyKey("completion-pushed")).assertStatus(201);

        world.await(() -> !receivers.of("economy", OTHER_SERVER, "throne-of-sand.campaign").isEmpty()
                && !receivers.of("social", OTHER_SERVER, "npc.rogue").isEmpty());
        JsonNode npc = receivers.of("social", OTHER_SERVER, "npc.rogue").getFirst().change();
        assertThat(npc.get("updatedByQuest").asText()).isEqualTo("q-pushed");
        assertThat(npc.get("value").get("mood").asText()).isEqualTo("ANGRY");
        assertThat(receivers.of("economy", OTHER_SERVER, "throne-of-sand.campaign").getFirst().change()
                .get("value").get("chapter").asInt()).isEqualTo(1);
    }

    @Test
    void subscriptionsAreTheOperatorsAndUnique() {
        subscribe("ECONOMY", "*", OTHER_SERVER);
        http.post(SUBSCRIPTIONS, "{\"subscriber\":\"ECONOMY\",\"keyPattern\":\"*\",\"serverId\":\"" + OTHER_SERVER
                + "\"}", world.operator()).assertProblem(409, "SUBSCRIPTION_EXISTS");
        http.post(SUBSCRIPTIONS, "{\"subscriber\":\"ECONOMY\",\"keyPattern\":\"*\",\"serverId\":\"atlantis-1\"}",
                world.operator()).assertProblem(422, "UNKNOWN_SERVER");
        http.post(SUBSCRIPTIONS, "{\"subscriber\":\"ECONOMY\",\"keyPattern\":\"a*b\"}", world.operator())
                .assertProblem(400, "VALIDATION_FAILED");
        http.post(SUBSCRIPTIONS, "{\"subscriber\":\"ECONOMY\",\"keyPattern\":\"*\"}", world.gameplay())
                .assertProblem(403, "OPERATOR_ONLY");
        http.get(SUBSCRIPTIONS, world.newPlayer().token()).assertProblem(403, "OPERATOR_ONLY");
        JsonNode list = http.get(SUBSCRIPTIONS + "?subscriber=ECONOMY", world.operator()).assertStatus(200).json();
        assertThat(list.get("items").findValuesAsText("subscriber")).containsOnly("ECONOMY");
        assertThat(list.get("items").findValuesAsText("keyPattern")).contains("*");
    }
}
