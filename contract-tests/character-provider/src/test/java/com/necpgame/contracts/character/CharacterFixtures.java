package com.necpgame.contracts.character;

import com.necpgame.character.client.ApiClient;
import com.necpgame.character.client.ApiException;
import com.necpgame.character.client.api.CharactersApi;
import com.necpgame.character.client.api.InternalApi;
import com.necpgame.character.client.model.Character;
import com.necpgame.character.client.model.CharacterClass;
import com.necpgame.character.client.model.CharacterCreateRequest;
import com.necpgame.character.client.model.CharacterOrigin;
import com.necpgame.character.client.model.QuestProgressSync;
import com.necpgame.character.client.model.QuestStatus;
import com.necpgame.character.client.model.QuestSyncOutcome;
import com.necpgame.platform.testing.TestTokenIssuer;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seeds character-service through its generated client, the way players and gameplay-service would: a player
 * creates a character with their own access token, gameplay pushes quest progress with its service token.
 */
final class CharacterFixtures {

    record LiveCharacter(UUID id, UUID accountId, String name) {
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final String baseUrl;
    private final TestTokenIssuer tokens;

    CharacterFixtures(String baseUrl, TestTokenIssuer tokens) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
    }

    /** A new account's new NETRUNNER of Night City: default attributes, its class's starting skills. */
    LiveCharacter liveCharacter() throws ApiException {
        UUID accountId = UUID.randomUUID();
        String name = "Vex Marlowe " + SEQUENCE.incrementAndGet();
        Character created = new CharactersApi(client(tokens.player(accountId))).createCharacter(
                new CharacterCreateRequest()
                        .name(name)
                        .characterClass(CharacterClass.NETRUNNER)
                        .origin(CharacterOrigin.STREET)
                        .faction("aldecaldos")
                        .city("night-city"));
        return new LiveCharacter(created.getCharacterId(), accountId, name);
    }

    /** Pushes an ACTIVE progress of the quest as gameplay-service does; fails unless it is applied. */
    void questProgress(UUID characterId, String questId, int progress, Map<String, Object> objectives,
                       OffsetDateTime updatedAt) throws ApiException {
        QuestSyncOutcome outcome = new InternalApi(client(tokens.service("gameplay-service")))
                .syncQuestProgress(characterId, questId, new QuestProgressSync()
                        .status(QuestStatus.ACTIVE).branchId("b-trust-the-fixer").progress(progress)
                        .objectives(objectives).updatedAt(updatedAt))
                .getOutcome();
        if (outcome != QuestSyncOutcome.APPLIED) {
            throw new IllegalStateException("Seeding " + questId + " was not applied: " + outcome);
        }
    }

    /**
     * Pushes a COMPLETED quest with its experience reward as gameplay-service does; the character levels up from
     * the experience (3000: level 3, two attribute points to spend). Fails unless it is applied.
     */
    void completedQuest(UUID characterId, String questId, long experienceReward, OffsetDateTime updatedAt)
            throws ApiException {
        QuestSyncOutcome outcome = new InternalApi(client(tokens.service("gameplay-service")))
                .syncQuestProgress(characterId, questId, new QuestProgressSync()
                        .status(QuestStatus.COMPLETED).branchId("b-trust-the-fixer").progress(100)
                        .objectives(Map.of("findInformant", true, "hackTerminals", 3)).updatedAt(updatedAt)
                        .experienceReward(experienceReward))
                .getOutcome();
        if (outcome != QuestSyncOutcome.APPLIED) {
            throw new IllegalStateException("Seeding " + questId + " was not applied: " + outcome);
        }
    }

    /** Soft-deletes the character as its owner does. */
    void delete(LiveCharacter live) throws ApiException {
        new CharactersApi(client(tokens.player(live.accountId()))).deleteCharacter(live.id());
    }

    private ApiClient client(String bearerToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearerToken));
        return client;
    }
}
