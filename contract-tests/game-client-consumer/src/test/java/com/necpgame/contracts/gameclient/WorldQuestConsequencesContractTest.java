package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.world.client.ApiException;
import com.necpgame.world.client.api.QuestConsequencesApi;
import com.necpgame.world.client.model.DefineQuestConsequencesRequest;
import com.necpgame.world.client.model.EffectScope;
import com.necpgame.world.client.model.QuestConsequencePreview;
import com.necpgame.world.client.model.QuestConsequenceRequest;
import com.necpgame.world.client.model.QuestConsequenceSet;
import com.necpgame.world.client.model.QuestConsequenceSetPage;
import com.necpgame.world.client.model.QuestEffect;
import com.necpgame.world.client.model.QuestEffectType;
import com.necpgame.world.client.model.StoryEffectType;
import com.necpgame.world.client.model.StoryStateEntryPage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.necpgame.contracts.gameclient.WorldPacts.CHARACTER_ID;
import static com.necpgame.contracts.gameclient.WorldPacts.NIGHT_CITY;
import static com.necpgame.contracts.gameclient.WorldPacts.asOperator;
import static com.necpgame.contracts.gameclient.WorldPacts.asPlayer;
import static com.necpgame.contracts.gameclient.WorldPacts.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the game client reads what quests change (the definitions of a quest's branches, one branch), previews
 * them for the player's own character and reads the character's story state (another player's character: 403
 * NOT_CHARACTER_OWNER); and how the operators' console redefines a branch at the version it read. The provider
 * state's operator defined q-sandstorm-oath through b-swear-to-helios as +150 standing with helios-dynasty.
 */
@PactConsumerTest
@PactTestFor(providerName = WorldPacts.PROVIDER)
class WorldQuestConsequencesContractTest {

    private static final String QUEST_ID = "q-sandstorm-oath";
    private static final String BRANCH_ID = "b-swear-to-helios";
    private static final String DEFINED = "the consequences of " + QUEST_ID + " through " + BRANCH_ID
            + " raise the standing with helios-dynasty by 150";
    private static final String STORY_PATH = "/api/v1/world/characters/${characterId}/story-state";

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact list(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 1);
        page.minArrayLike("items", 1, sandstormOath(), 1);
        return asPlayer(builder
                .given(DEFINED)
                .uponReceiving("a game client lists the consequences of the branches of a quest")
                .method("GET")
                .path("/api/v1/world/quest-consequences")
                .query("questId=" + QUEST_ID))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "list")
    void theQuestsBranchesAreListed(MockServer world) throws ApiException {
        QuestConsequenceSetPage page = api(world).listQuestConsequences(QUEST_ID, null, null);

        assertThat(page.getItems()).first().satisfies(set -> {
            assertThat(set.getQuestId()).isEqualTo(QUEST_ID);
            assertThat(set.getBranchId()).isEqualTo(BRANCH_ID);
            assertThat(set.getEffects()).isNotEmpty();
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact get(PactDslWithProvider builder) {
        return asPlayer(builder
                .given(DEFINED)
                .uponReceiving("a game client reads the consequences of a quest branch")
                .method("GET")
                .path("/api/v1/world/quest-consequences/" + QUEST_ID + "/branches/" + BRANCH_ID))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(sandstormOath())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "get")
    void theBranchRaisesTheStanding(MockServer world) throws ApiException {
        QuestConsequenceSet set = api(world).getQuestConsequences(QUEST_ID, BRANCH_ID);

        assertThat(set.getEffects()).singleElement().satisfies(effect -> {
            assertThat(effect.getType()).isEqualTo(QuestEffectType.REPUTATION);
            assertThat(effect.getTarget()).isEqualTo("helios-dynasty");
            assertThat(effect.getDelta()).isEqualTo(150);
        });
        assertThat(set.getUpdatedBy()).isEqualTo(GameClients.OPS_CONSOLE);
    }

    @Pact(consumer = GameClients.OPS_CONSOLE)
    V4Pact define(PactDslWithProvider builder) {
        PactDslJsonBody request = new PactDslJsonBody()
                .valueFromProviderState("expectedVersion", "${version}", 1L);
        neonGhostsEffects(request, true);
        PactDslJsonBody response = new PactDslJsonBody()
                .stringValue("questId", "q-neon-ghosts")
                .stringValue("branchId", "b-spare-the-ghosts")
                .integerType("version", 2L)
                .stringValue("updatedBy", GameClients.OPS_CONSOLE)
                .stringMatcher("updatedAt", GameClients.RFC3339, "2026-11-20T10:00:00Z");
        neonGhostsEffects(response, false);
        return json(asOperator(builder
                .given("the consequences of q-neon-ghosts through b-spare-the-ghosts are defined")
                .uponReceiving("the operators' console redefines the consequences of a quest branch")
                .method("PUT")
                .path("/api/v1/world/quest-consequences/q-neon-ghosts/branches/b-spare-the-ghosts")))
                .body(request)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(response)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "define")
    void theRedefinedBranchHasANewVersion(MockServer world) throws ApiException {
        QuestConsequenceSet set = api(world).defineQuestConsequences("q-neon-ghosts", "b-spare-the-ghosts",
                new DefineQuestConsequencesRequest().expectedVersion(1L).effects(List.of(
                        new QuestEffect().type(QuestEffectType.FLAG).target("spared-the-ghosts").flagValue(true),
                        new QuestEffect().type(QuestEffectType.WORLD).target("watson.ghost-market")
                                .value(Map.of("open", true)))));

        assertThat(set.getVersion()).isEqualTo(2L);
        assertThat(set.getEffects()).extracting(QuestEffect::getType)
                .containsExactly(QuestEffectType.FLAG, QuestEffectType.WORLD);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact preview(PactDslWithProvider builder) {
        PactDslJsonBody preview = new PactDslJsonBody()
                .stringValue("serverId", NIGHT_CITY)
                .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                .stringValue("questId", QUEST_ID)
                .stringValue("branchId", BRANCH_ID)
                .integerType("consequencesVersion", 1L);
        preview.array("deltas")
                .object()
                .stringValue("type", "REPUTATION")
                .stringValue("scope", "CHARACTER")
                .stringValue("target", "helios-dynasty")
                .object("after", new PactDslJsonBody().numberValue("standing", 150))
                .booleanValue("changed", true)
                .closeObject()
                .closeArray();
        return json(asPlayer(builder
                .given("a logged-in player's character has not completed q-sandstorm-oath, whose consequences "
                        + "through b-swear-to-helios raise the standing with helios-dynasty by 150")
                .uponReceiving("a game client previews the consequences of a quest branch for the player's character")
                .method("POST")
                .path("/api/v1/world/quest-consequences/preview")))
                .body(new PactDslJsonBody()
                        .stringValue("serverId", NIGHT_CITY)
                        .valueFromProviderState("characterId", "${characterId}", CHARACTER_ID)
                        .stringValue("questId", QUEST_ID)
                        .stringValue("branchId", BRANCH_ID))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(preview)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "preview")
    void thePreviewShowsTheNewStanding(MockServer world) throws ApiException {
        QuestConsequencePreview preview = api(world).previewQuestConsequences(new QuestConsequenceRequest()
                .serverId(NIGHT_CITY).characterId(UUID.fromString(CHARACTER_ID)).questId(QUEST_ID)
                .branchId(BRANCH_ID));

        assertThat(preview.getCharacterId()).isEqualTo(UUID.fromString(CHARACTER_ID));
        assertThat(preview.getDeltas()).singleElement().satisfies(delta -> {
            assertThat(delta.getScope()).isEqualTo(EffectScope.CHARACTER);
            assertThat(delta.getAfter()).containsEntry("standing", 150);
            assertThat(delta.getChanged()).isTrue();
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact storyState(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .numberValue("total", 1);
        page.array("items")
                .object()
                .stringValue("type", "REPUTATION")
                .stringValue("target", "helios-dynasty")
                .object("value", new PactDslJsonBody().numberValue("standing", 150))
                .stringValue("updatedByQuest", QUEST_ID)
                .stringMatcher("updatedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z")
                .closeObject()
                .closeArray();
        return asPlayer(builder
                .given("a logged-in player's character has completed q-sandstorm-oath through b-swear-to-helios")
                .uponReceiving("a game client reads the story state of the player's character")
                .method("GET")
                .pathFromProviderState(STORY_PATH, storyPath()))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "storyState")
    void theSwornCharacterStandsWithTheDynasty(MockServer world) throws ApiException {
        StoryStateEntryPage page = api(world).listCharacterStoryState(UUID.fromString(CHARACTER_ID), null, null, null);

        assertThat(page.getItems()).singleElement().satisfies(entry -> {
            assertThat(entry.getType()).isEqualTo(StoryEffectType.REPUTATION);
            assertThat(entry.getTarget()).isEqualTo("helios-dynasty");
            assertThat(entry.getValue()).containsEntry("standing", 150);
            assertThat(entry.getUpdatedByQuest()).isEqualTo(QUEST_ID);
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact anotherPlayersStoryState(PactDslWithProvider builder) {
        return asPlayer(builder
                .given("a logged-in player and a character of another player")
                .uponReceiving("a game client reads the story state of another player's character")
                .method("GET")
                .pathFromProviderState(STORY_PATH, storyPath()))
                .willRespondWith()
                .status(403)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(403, "NOT_CHARACTER_OWNER"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "anotherPlayersStoryState")
    void anotherPlayersStoryIsRefused(MockServer world) {
        QuestConsequencesApi api = api(world);

        assertThatThrownBy(() -> api.listCharacterStoryState(UUID.fromString(CHARACTER_ID), null, null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    assertThat(e.getResponseBody()).contains("NOT_CHARACTER_OWNER");
                });
    }

    private static QuestConsequencesApi api(MockServer world) {
        return new QuestConsequencesApi(WorldPacts.client(world));
    }

    /** q-sandstorm-oath through b-swear-to-helios as the provider state's operator defined it. */
    private static PactDslJsonBody sandstormOath() {
        PactDslJsonBody set = new PactDslJsonBody()
                .stringValue("questId", QUEST_ID)
                .stringValue("branchId", BRANCH_ID)
                .integerType("version", 1L)
                .stringValue("updatedBy", GameClients.OPS_CONSOLE)
                .stringMatcher("updatedAt", GameClients.RFC3339, "2026-11-20T10:00:00Z");
        set.array("effects")
                .object()
                .stringValue("type", "REPUTATION")
                .stringValue("target", "helios-dynasty")
                .numberValue("delta", 150)
                .closeObject()
                .closeArray();
        return set;
    }

    /**
     * The new effects of q-neon-ghosts through b-spare-the-ghosts: a story flag and a world state key. The
     * generated client sends every effect's {@code value}, an empty object for a FLAG (world reads an empty value
     * as none); world answers the flag without it.
     */
    private static void neonGhostsEffects(PactDslJsonBody body, boolean asTheClientSendsIt) {
        PactDslJsonBody flag = body.array("effects")
                .object()
                .stringValue("type", "FLAG")
                .stringValue("target", "spared-the-ghosts")
                .booleanValue("flagValue", true);
        if (asTheClientSendsIt) {
            flag.object("value", new PactDslJsonBody());
        }
        flag.closeObject()
                .object()
                .stringValue("type", "WORLD")
                .stringValue("target", "watson.ghost-market")
                .object("value", new PactDslJsonBody().booleanValue("open", true))
                .closeObject()
                .closeArray();
    }

    private static String storyPath() {
        return STORY_PATH.replace("${characterId}", CHARACTER_ID);
    }
}
