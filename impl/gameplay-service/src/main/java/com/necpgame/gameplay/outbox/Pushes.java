package com.necpgame.gameplay.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What gameplay pushes to other services through the platform's outbox: the kinds (one handler each, see
 * {@code remote/OutboxDeliveries}), their destinations and payloads (written as JSON in the transaction of the
 * change). Message keys start with the id of the thing that caused them, so its delivery state can be read back.
 */
public final class Pushes {
    public static final String SYNC_QUEST_PROGRESS = "syncQuestProgress";
    public static final String APPLY_QUEST_CONSEQUENCES = "applyQuestConsequences";
    public static final String CREDIT_GAMEPLAY_GRANT = "creditGameplayGrant";
    public static final String UPSERT_PILOT_CREDENTIAL = "upsertPilotCredential";

    public static final String CHARACTER = "character-service";
    public static final String WORLD = "world-service";
    public static final String ECONOMY = "economy-service";
    public static final String AUTH = "auth-service";

    private Pushes() {
    }

    /** A quest session's full state for character-service's {@code syncQuestProgress}. */
    public record QuestProgress(UUID characterId, String questId, String status, String branchId, int progress,
                                Map<String, Boolean> objectives, Instant updatedAt, long experienceReward) {
    }

    /** world-service's {@code applyQuestConsequences} (Idempotency-Key = the message key, the quest session id). */
    public record QuestConsequences(String serverId, UUID characterId, String questId, String branchId) {
    }

    /** economy-service's {@code creditGameplayGrant} (Idempotency-Key = the message key, the grant id). */
    public record GameplayGrant(UUID grantId, UUID characterId, String source, String sourceRef,
                                List<CurrencyAmount> currencies, List<ItemAmount> items) {
    }

    public record CurrencyAmount(String currency, long amount) {
    }

    public record ItemAmount(String itemId, int quantity) {
    }

    /** auth-service's {@code upsertPilotCredential} for a finished Skyframe certification. */
    public record PilotCredential(UUID playerId, String tier, int score, UUID certificationId, boolean passed) {
    }
}
