package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.gameplay.client.ApiException;
import com.necpgame.gameplay.client.api.QuestsApi;
import com.necpgame.gameplay.client.model.Quest;
import com.necpgame.gameplay.client.model.QuestPage;
import com.necpgame.gameplay.client.model.RewardKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a game client uses gameplay-service's quests: the logged-in player browses the quest catalogue (content,
 * the same for everyone) and opens a quest; starts one for their character, chooses, takes a skill check,
 * completes or abandons it. Every call goes through the generated gameplay client with the player's access token
 * (the provider state's); the ids of characters and quest sessions are the provider state's. The d20 of a skill
 * check is the server's, so its result is pinned by type only.
 */
@PactConsumerTest
@PactTestFor(providerName = GameplayQuestContractTest.PROVIDER)
class GameplayQuestContractTest {

    static final String PROVIDER = "gameplay-service";

    private static final String QUESTS = "/api/v1/gameplay/quests";
    private static final String LOGGED_IN = "a logged-in player looks at the quest catalogue";

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact listQuests(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody()
                .integerType("page", 1)
                .integerType("limit", 20)
                .integerType("total", 1);
        page.minArrayLike("items", 1, cornerStoreRun(), 1);
        return builder
                .given(LOGGED_IN)
                .uponReceiving("a game client lists the quests a level-1 character may start")
                .method("GET")
                .path(QUESTS)
                .query("maxLevel=1")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(page)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listQuests")
    void theCatalogueForLevelOneHoldsTheCornerStoreRun(MockServer gameplay) throws ApiException {
        QuestPage page = api(gameplay).listQuests(1, null, null);

        assertThat(page.getTotal()).isEqualTo(1L);
        assertThat(page.getItems()).singleElement().satisfies(quest -> {
            assertThat(quest.getQuestId()).isEqualTo("q-corner-store-run");
            assertThat(quest.getMinLevel()).isEqualTo(1);
            assertThat(quest.getDefaultBranchId()).isEqualTo("deliver-the-package");
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact getQuest(PactDslWithProvider builder) {
        return builder
                .given(LOGGED_IN)
                .uponReceiving("a game client opens the quest Neon Ghosts")
                .method("GET")
                .path(QUESTS + "/q-neon-ghosts")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(neonGhosts())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "getQuest")
    void neonGhostsHasTwoBranchesAndPaysExperienceAndEddies(MockServer gameplay) throws ApiException {
        Quest quest = api(gameplay).getQuest("q-neon-ghosts");

        assertThat(quest.getMinLevel()).isEqualTo(3);
        assertThat(quest.getBranches()).extracting(b -> b.getBranchId())
                .containsExactly("spare-the-ghost", "sell-the-ghost");
        assertThat(quest.getRewards()).extracting(r -> r.getKind())
                .containsExactly(RewardKind.EXPERIENCE, RewardKind.CURRENCY);
        assertThat(quest.getObjectives()).anySatisfy(o -> assertThat(o.getOptional()).isFalse());
    }

    static QuestsApi api(MockServer gameplay) {
        return new QuestsApi(GameClients.gameplay(gameplay));
    }

    /** q-corner-store-run as gameplay's catalogue holds it. */
    private static PactDslJsonBody cornerStoreRun() {
        PactDslJsonBody quest = new PactDslJsonBody()
                .stringValue("questId", "q-corner-store-run")
                .stringType("title", "Corner Store Run")
                .stringType("summary", "Carry a package for the Watson corner store owner, and decide who gets it.")
                .integerType("minLevel", 1)
                .stringValue("defaultBranchId", "deliver-the-package");
        quest.minArrayLike("branches", 1, 2)
                .stringType("branchId", "deliver-the-package")
                .stringType("title", "Deliver the package")
                .closeObject().closeArray();
        quest.minArrayLike("objectives", 1, 3)
                .stringType("objectiveId", "find-the-courier")
                .stringType("description", "Find the courier who never showed up.")
                .booleanType("optional", false)
                .closeObject().closeArray();
        quest.minArrayLike("rewards", 1, 1)
                .stringType("kind", "EXPERIENCE")
                .integerType("amount", 1200L)
                .closeObject().closeArray();
        return quest;
    }

    /** q-neon-ghosts: its branches, objectives and rewards, exactly (content the client shows). */
    private static PactDslJsonBody neonGhosts() {
        PactDslJsonBody quest = new PactDslJsonBody()
                .stringValue("questId", "q-neon-ghosts")
                .stringType("title", "Neon Ghosts")
                .stringType("summary", "Track the netrunner haunting the Kabuki market grid.")
                .numberValue("minLevel", 3)
                .stringValue("defaultBranchId", "spare-the-ghost");
        quest.array("branches")
                .object().stringValue("branchId", "spare-the-ghost").stringType("title", "Spare the ghost")
                .closeObject()
                .object().stringValue("branchId", "sell-the-ghost").stringType("title", "Sell the ghost to Arasaka")
                .closeObject()
                .closeArray();
        quest.array("objectives")
                .object().stringValue("objectiveId", "find-the-relay")
                .stringType("description", "Find the rogue relay in Kabuki.").booleanValue("optional", false)
                .closeObject()
                .object().stringValue("objectiveId", "keep-the-relay")
                .stringType("description", "Keep the relay intact.").booleanValue("optional", true)
                .closeObject()
                .closeArray();
        quest.array("rewards")
                .object().stringValue("kind", "EXPERIENCE").integerType("amount", 1500L).closeObject()
                .object().stringValue("kind", "CURRENCY").stringValue("currency", "EDDIES")
                .integerType("amount", 800L).closeObject()
                .closeArray();
        return quest;
    }
}
