package com.necpgame.gameplay.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.character.client.model.QuestProgressSync;
import com.necpgame.character.client.model.QuestStatus;
import com.necpgame.economy.client.api.GameplayGrantsApi;
import com.necpgame.economy.client.model.GameplayGrantAmount;
import com.necpgame.economy.client.model.GameplayGrantCurrency;
import com.necpgame.economy.client.model.GameplayGrantRequest;
import com.necpgame.economy.client.model.GameplayGrantSource;
import com.necpgame.economy.client.model.ItemStack;
import com.necpgame.gameplay.outbox.Pushes;
import com.necpgame.platform.client.ServiceTokens;
import com.necpgame.platform.outbox.Delivery;
import com.necpgame.platform.outbox.Outbox;
import com.necpgame.platform.outbox.OutboxMessage;
import com.necpgame.world.client.api.QuestConsequencesApi;
import com.necpgame.world.client.model.QuestConsequenceRequest;

/**
 * How the relay delivers each kind of push (see {@link Pushes}): through the callee's generated client, with the
 * message key as the receiver's idempotency key. The receivers' "already applied" answers count as delivered.
 */
public final class OutboxDeliveries {
    private final ObjectMapper json;
    private final ServiceTokens tokens;
    private final com.necpgame.character.client.api.InternalApi character;
    private final QuestConsequencesApi world;
    private final GameplayGrantsApi economy;
    private final com.necpgame.auth.client.api.PilotCredentialsApi auth;

    public OutboxDeliveries(Callees callees, ObjectMapper json) {
        this.json = json;
        this.tokens = callees.directory().tokens();
        this.character = new com.necpgame.character.client.api.InternalApi(callees.character());
        this.world = new QuestConsequencesApi(callees.world());
        this.economy = new GameplayGrantsApi(callees.economy());
        this.auth = new com.necpgame.auth.client.api.PilotCredentialsApi(callees.auth());
    }

    public void register(Outbox outbox) {
        outbox.handle(Pushes.SYNC_QUEST_PROGRESS, this::syncQuestProgress);
        outbox.handle(Pushes.APPLY_QUEST_CONSEQUENCES, this::applyQuestConsequences);
        outbox.handle(Pushes.CREDIT_GAMEPLAY_GRANT, this::creditGameplayGrant);
        outbox.handle(Pushes.UPSERT_PILOT_CREDENTIAL, this::upsertPilotCredential);
    }

    private Delivery syncQuestProgress(OutboxMessage message) {
        Pushes.QuestProgress push = read(message, Pushes.QuestProgress.class);
        QuestProgressSync body = new QuestProgressSync()
                .status(QuestStatus.fromValue(push.status()))
                .branchId(push.branchId())
                .progress(push.progress())
                .objectives(new LinkedHashMap<>(push.objectives()))
                .updatedAt(push.updatedAt().atOffset(ZoneOffset.UTC))
                .experienceReward(push.experienceReward() > 0 ? push.experienceReward() : null);
        try {
            character.syncQuestProgress(push.characterId(), push.questId(), body);
            return Delivery.delivered();
        } catch (com.necpgame.character.client.ApiException e) {
            return Remote.delivery(e.getCode(), e.getResponseBody(), null, tokens);
        }
    }

    private Delivery applyQuestConsequences(OutboxMessage message) {
        Pushes.QuestConsequences push = read(message, Pushes.QuestConsequences.class);
        QuestConsequenceRequest body = new QuestConsequenceRequest().serverId(push.serverId())
                .characterId(push.characterId()).questId(push.questId()).branchId(push.branchId());
        try {
            world.applyQuestConsequences(message.key(), body);
            return Delivery.delivered();
        } catch (com.necpgame.world.client.ApiException e) {
            return Remote.delivery(e.getCode(), e.getResponseBody(), "ALREADY_APPLIED", tokens);
        }
    }

    private Delivery creditGameplayGrant(OutboxMessage message) {
        Pushes.GameplayGrant push = read(message, Pushes.GameplayGrant.class);
        GameplayGrantRequest body = new GameplayGrantRequest().grantId(push.grantId())
                .characterId(push.characterId())
                .source(GameplayGrantSource.fromValue(push.source()))
                .sourceRef(push.sourceRef())
                .currencies(push.currencies().stream().map(c -> new GameplayGrantAmount()
                        .currency(GameplayGrantCurrency.fromValue(c.currency())).amount(c.amount())).toList())
                .itemStacks(push.items().stream().map(i -> new ItemStack().itemId(i.itemId()).quantity(i.quantity()))
                        .toList());
        try {
            economy.creditGameplayGrant(message.key(), body);
            return Delivery.delivered();
        } catch (com.necpgame.economy.client.ApiException e) {
            return Remote.delivery(e.getCode(), e.getResponseBody(), "GRANT_ALREADY_CREDITED", tokens);
        }
    }

    /**
     * A certification's tier for auth; skipped (delivered) when the pilot meanwhile holds an unexpired credential
     * of a higher tier, so a weaker retake never lowers it.
     */
    private Delivery upsertPilotCredential(OutboxMessage message) {
        Pushes.PilotCredential push = read(message, Pushes.PilotCredential.class);
        try {
            try {
                var held = auth.getPilotCredential(push.playerId());
                if (held.getExpiresAt().toInstant().isAfter(java.time.Instant.now())
                        && held.getTier().getValue().compareTo(push.tier()) > 0) {
                    return Delivery.delivered();
                }
            } catch (com.necpgame.auth.client.ApiException e) {
                if (e.getCode() != 404) {
                    throw e;
                }
            }
            auth.upsertPilotCredential(push.playerId(), new com.necpgame.auth.client.model.UpsertPilotCredentialRequest()
                    .tier(com.necpgame.auth.client.model.PilotTier.fromValue(push.tier())).score(push.score())
                    .certificationId(push.certificationId()).certificationPassed(push.passed()));
            return Delivery.delivered();
        } catch (com.necpgame.auth.client.ApiException e) {
            return Remote.delivery(e.getCode(), e.getResponseBody(), null, tokens);
        }
    }

    private <T> T read(OutboxMessage message, Class<T> type) {
        try {
            return json.readValue(message.payload(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("outbox payload of " + message.kind() + " is not a " + type.getSimpleName(), e);
        }
    }
}
