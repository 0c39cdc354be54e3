package com.necpgame.world;

import static com.necpgame.world.TestWorldService.BASE;
import static com.necpgame.world.TestWorldService.OTHER_SERVER;
import static com.necpgame.world.TestWorldService.SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Throne of Sand campaign played through Act II on one server and reset; climate protocols and their cooldown
 * on the other (tests of one class share the service, each test owns its server's campaign).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThroneOfSandTest {
    private static final String CAMPAIGNS = BASE + "/events/throne-of-sand/campaigns";

    @AutoClose
    private final TestWorldService world = new TestWorldService();
    private final Http http = world.http;

    private JsonNode start(String server) {
        return http.post(CAMPAIGNS, "{\"serverId\":\"" + server + "\",\"reason\":\"Season launch.\"}",
                world.operator()).assertStatus(201).json();
    }

    private Http.Reply decide(String server, String decision) {
        return http.post(CAMPAIGNS + "/" + server + "/decisions", decision, world.operator());
    }

    private long version(String server) {
        return http.get(CAMPAIGNS + "/" + server, world.gameplay()).assertStatus(200).json().get("version").asLong();
    }

    private JsonNode choose(String server, String branch) {
        return decide(server, "{\"decisionType\":\"CHOOSE_BRANCH\",\"expectedVersion\":%d,\"branch\":\"%s\",\"reason\":\"Vote.\"}"
                .formatted(version(server), branch)).assertStatus(201).json();
    }

    private JsonNode progress(String server, int delta) {
        return decide(server, "{\"decisionType\":\"ADVANCE_PROGRESS\",\"expectedVersion\":%d,\"progressDelta\":%d,\"reason\":\"Raid won.\"}"
                .formatted(version(server), delta)).assertStatus(201).json();
    }

    private Http.Reply nextChapter(String server) {
        return decide(server, "{\"decisionType\":\"ADVANCE_CHAPTER\",\"expectedVersion\":%d,\"reason\":\"Chapter done.\"}"
                .formatted(version(server)));
    }

    @Test
    void aCampaignIsPlayedThroughActTwoAndThenItsBranchIsLocked() {
        JsonNode started = start(SERVER);
        assertThat(started.get("chapter").asInt()).isEqualTo(1);
        assertThat(started.get("act").asInt()).isEqualTo(1);
        assertThat(started.get("version").asLong()).isEqualTo(1);
        assertThat(started.has("branch")).isFalse();
        http.post(CAMPAIGNS, "{\"serverId\":\"" + SERVER + "\",\"reason\":\"Again.\"}", world.operator())
                .assertProblem(409, "CAMPAIGN_EXISTS");

        JsonNode chosen = choose(SERVER, "HELIOS_THRONE");
        assertThat(chosen.get("action").asText()).isEqualTo("CHOOSE_BRANCH");
        assertThat(chosen.get("actor").asText()).isEqualTo("ops-console");
        assertThat(chosen.get("before").get("version").asLong()).isEqualTo(1);
        assertThat(chosen.get("after").get("branch").asText()).isEqualTo("HELIOS_THRONE");
        assertThat(chosen.get("worldStateChanges").findValuesAsText("key"))
                .containsExactly("throne-of-sand.campaign", "throne-of-sand.branch");
        decide(SERVER, "{\"decisionType\":\"CHOOSE_BRANCH\",\"expectedVersion\":1,\"branch\":\"FREE_PEOPLES\",\"reason\":\"Old.\"}")
                .assertProblem(409, "STALE_VERSION");
        decide(SERVER, "{\"decisionType\":\"CHOOSE_BRANCH\",\"expectedVersion\":%d,\"branch\":\"HELIOS_THRONE\",\"reason\":\"Same.\"}"
                .formatted(version(SERVER))).assertProblem(422, "NO_CHANGE");

        nextChapter(SERVER).assertProblem(422, "CHAPTER_INCOMPLETE");
        for (int chapter = 1; chapter <= 6; chapter++) {
            progress(SERVER, 60);
            JsonNode full = progress(SERVER, 60);
            assertThat(full.get("after").get("progress").asInt()).isEqualTo(100);
            if (chapter == 4) {
                choose(SERVER, "FREE_PEOPLES"); // still Act II: the branch may change
            }
            JsonNode next = nextChapter(SERVER).assertStatus(201).json();
            assertThat(next.get("after").get("chapter").asInt()).isEqualTo(chapter + 1);
            assertThat(next.get("after").get("progress").asInt()).isZero();
        }

        JsonNode campaign = http.get(CAMPAIGNS + "/" + SERVER, world.newPlayer().token()).assertStatus(200).json();
        assertThat(campaign.get("chapter").asInt()).isEqualTo(7);
        assertThat(campaign.get("act").asInt()).isEqualTo(3);
        assertThat(campaign.get("branch").asText()).isEqualTo("FREE_PEOPLES");
        assertThat(campaign.get("branchLocked").asBoolean()).isTrue();
        assertThat(campaign.get("activeEffects").findValuesAsText("sourceId")).containsExactly("free-peoples");

        decide(SERVER, "{\"decisionType\":\"CHOOSE_BRANCH\",\"expectedVersion\":%d,\"branch\":\"BALANCE_CHARTER\",\"reason\":\"Switch.\"}"
                .formatted(version(SERVER))).assertProblem(423, "BRANCH_LOCKED");

        JsonNode branchKey = http.get(BASE + "/servers/" + SERVER + "/state/throne-of-sand.branch", world.gameplay())
                .assertStatus(200).json();
        assertThat(branchKey.get("value").get("branch").asText()).isEqualTo("FREE_PEOPLES");
        assertThat(branchKey.get("changeSource").asText()).isEqualTo("THRONE_OF_SAND");
        JsonNode campaignKey = http.get(BASE + "/servers/" + SERVER + "/state/throne-of-sand.campaign",
                world.gameplay()).assertStatus(200).json();
        assertThat(campaignKey.get("value").get("chapter").asInt()).isEqualTo(7);
        assertThat(campaignKey.get("version").asLong()).isEqualTo(campaign.get("version").asLong());

        JsonNode audit = http.get(CAMPAIGNS + "/" + SERVER + "/decisions", world.gameplay()).assertStatus(200).json();
        assertThat(audit.get("items").get(0).get("action").asText()).isEqualTo("ADVANCE_CHAPTER");
        JsonNode starts = http.get(CAMPAIGNS + "/" + SERVER + "/decisions?action=START_CAMPAIGN", world.gameplay())
                .assertStatus(200).json();
        assertThat(starts.get("total").asInt()).isEqualTo(1);
        assertThat(starts.get("items").get(0).has("before")).isFalse();

        // Reset: back to chapter 1 with no branch, the audit log keeps everything.
        http.post(CAMPAIGNS + "/" + SERVER + "/resets", "{\"expectedVersion\":1,\"reason\":\"Old version.\"}",
                world.operator()).assertProblem(409, "STALE_VERSION");
        long before = version(SERVER);
        JsonNode reset = http.post(CAMPAIGNS + "/" + SERVER + "/resets", "{\"reason\":\"Fresh deployment.\"}",
                world.operator()).assertStatus(200).json();
        assertThat(reset.get("chapter").asInt()).isEqualTo(1);
        assertThat(reset.get("branchLocked").asBoolean()).isFalse();
        assertThat(reset.has("branch")).isFalse();
        assertThat(reset.get("activeEffects")).isEmpty();
        assertThat(reset.get("version").asLong()).isEqualTo(before + 1);
        choose(SERVER, "BALANCE_CHARTER");
        assertThat(http.get(CAMPAIGNS + "/" + SERVER + "/decisions?action=RESET_CAMPAIGN", world.gameplay()).json()
                .get("total").asInt()).isEqualTo(1);
        assertThat(http.get(BASE + "/servers/" + SERVER + "/state/throne-of-sand.branch", world.gameplay()).json()
                .get("value").get("branch").asText()).isEqualTo("BALANCE_CHARTER");
    }

    @Test
    void ofDecisionsRacingWithTheSameVersionExactlyOneIsMade() throws Exception {
        String server = TestWorldService.ARENA_SERVER;
        start(server);
        long version = version(server);
        String body = "{\"decisionType\":\"ADVANCE_PROGRESS\",\"expectedVersion\":%d,\"progressDelta\":1,\"reason\":\"Race.\"}"
                .formatted(version);
        int racers = 5;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return decide(server, body).status();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(racers - 1);
        }
        assertThat(version(server)).isEqualTo(version + 1);
    }

    @Test
    void climateProtocolsCoolDownAndOfTwoRacingActivationsOneWins() throws Exception {
        start(OTHER_SERVER);
        String protocols = CAMPAIGNS + "/" + OTHER_SERVER + "/climate-protocols";
        String activate = protocols + "/sandstorm-shield/activations";
        JsonNode list = http.get(protocols, world.gameplay()).assertStatus(200).json();
        assertThat(list.get("items").findValuesAsText("protocolId"))
                .containsExactly("aquifer-release", "sandstorm-shield", "solar-mirror-array");
        assertThat(list.get("items").findValuesAsText("status")).containsOnly("READY");

        int racers = 4;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return http.post(activate, "{\"reason\":\"Convoy run.\"}", world.operator()).status();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 429).hasSize(racers - 1);
        }

        JsonNode campaign = http.get(CAMPAIGNS + "/" + OTHER_SERVER, world.gameplay()).json();
        assertThat(campaign.get("activeEffects").findValuesAsText("source")).containsExactly("CLIMATE_PROTOCOL");
        assertThat(campaign.get("version").asLong()).isEqualTo(2);
        assertThat(http.get(BASE + "/servers/" + OTHER_SERVER + "/state/throne-of-sand.climate", world.gameplay())
                .json().get("value").get("activeProtocols").findValuesAsText("protocolId"))
                .containsExactly("sandstorm-shield");
        JsonNode shield = http.get(protocols, world.gameplay()).json().get("items").get(1);
        assertThat(shield.get("status").asText()).isEqualTo("ACTIVE");

        world.clock.advance(Duration.ofHours(3)); // effect (2 h) over, cooldown (6 h) not
        Http.Reply cooling = http.post(activate, "{\"reason\":\"Again.\"}", world.operator())
                .assertProblem(429, "CLIMATE_PROTOCOL_COOLDOWN");
        assertThat(cooling.header("Retry-After")).hasValue(String.valueOf(Duration.ofHours(3).toSeconds()));
        assertThat(http.get(protocols, world.gameplay()).json().get("items").get(1).get("status").asText())
                .isEqualTo("COOLING_DOWN");
        assertThat(http.get(CAMPAIGNS + "/" + OTHER_SERVER, world.gameplay()).json().get("activeEffects")).isEmpty();
        String climate = BASE + "/servers/" + OTHER_SERVER + "/state/throne-of-sand.climate";
        world.await(() -> http.get(climate, world.gameplay()).json().get("value").get("activeProtocols").isEmpty());
        assertThat(http.get(climate, world.gameplay()).json().get("updatedBy").asText()).isEqualTo("world-service");

        world.clock.advance(Duration.ofHours(3));
        JsonNode again = http.post(activate, "{\"reason\":\"Again.\"}", world.operator()).assertStatus(201).json();
        assertThat(again.get("actor").asText()).isEqualTo("ops-console");
        assertThat(http.get(CAMPAIGNS + "/" + OTHER_SERVER + "/decisions?action=ACTIVATE_CLIMATE_PROTOCOL",
                world.gameplay()).json().get("total").asInt()).isEqualTo(2);

        // A reset clears the cooldowns.
        http.post(CAMPAIGNS + "/" + OTHER_SERVER + "/resets", "{\"reason\":\"Replay.\"}", world.operator())
                .assertStatus(200);
        assertThat(http.get(protocols, world.gameplay()).json().get("items").findValuesAsText("status"))
                .containsOnly("READY");
        http.post(protocols + "/no-such-protocol/activations", "{\"reason\":\"Why not.\"}", world.operator())
                .assertProblem(404, "PROTOCOL_NOT_FOUND");
    }

    @Test
    void onlyTheOperatorChangesACampaignAndBadDecisionsAreRefused() {
        String player = world.newPlayer().token();
        http.post(CAMPAIGNS, "{\"serverId\":\"" + SERVER + "\",\"reason\":\"Mine now.\"}", player)
                .assertProblem(403, "OPERATOR_ONLY");
        http.post(CAMPAIGNS, "{\"serverId\":\"atlantis-1\",\"reason\":\"Launch.\"}", world.operator())
                .assertProblem(422, "UNKNOWN_SERVER");
        http.get(CAMPAIGNS + "/atlantis-1", player).assertProblem(404, "SERVER_NOT_FOUND");
        http.post(CAMPAIGNS + "/atlantis-1/resets", "{\"reason\":\"Reset.\"}", world.operator())
                .assertProblem(404, "SERVER_NOT_FOUND");
        decide(SERVER, "{\"decisionType\":\"CHOOSE_BRANCH\",\"expectedVersion\":1,\"reason\":\"No branch.\"}")
                .assertProblem(422, "INVALID_DECISION");
        decide(SERVER, "{\"decisionType\":\"ADVANCE_CHAPTER\",\"expectedVersion\":1,\"progressDelta\":5,\"reason\":\"Extra.\"}")
                .assertProblem(422, "INVALID_DECISION");
        decide(SERVER, "{\"decisionType\":\"ADVANCE_PROGRESS\",\"expectedVersion\":1,\"progressDelta\":101,\"reason\":\"Too much.\"}")
                .assertProblem(400, "VALIDATION_FAILED");
        http.post(CAMPAIGNS + "/" + SERVER + "/decisions",
                "{\"decisionType\":\"ADVANCE_PROGRESS\",\"expectedVersion\":1,\"progressDelta\":5,\"reason\":\"Player.\"}",
                player).assertProblem(403, "OPERATOR_ONLY");
        JsonNode list = http.get(CAMPAIGNS, player).assertStatus(200).json();
        assertThat(list.get("items").findValuesAsText("serverId")).isSorted();
    }
}
