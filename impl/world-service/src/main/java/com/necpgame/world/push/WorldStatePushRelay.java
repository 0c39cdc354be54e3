package com.necpgame.world.push;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.platform.client.ServiceDirectory;
import com.necpgame.platform.outbox.Delivery;
import com.necpgame.platform.outbox.Outbox;
import com.necpgame.platform.outbox.OutboxMessage;
import com.necpgame.world.subscription.Subscriber;
import com.necpgame.world.subscription.SubscriptionService;
import com.necpgame.world.subscription.WorldStatePush;

/**
 * Delivers the outbox's world state pushes through the receivers' generated clients: economy-service
 * {@code receiveEconomyWorldStateChange}, social-service {@code receiveSocialWorldStateChange}. A push of a deleted
 * subscription is dropped; an acknowledged one stamps the subscription's {@code lastDeliveredAt}.
 */
public final class WorldStatePushRelay {
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private final ObjectMapper json;
    private final SubscriptionService subscriptions;
    private final com.necpgame.economy.client.api.WorldStateChangesApi economy;
    private final com.necpgame.social.client.api.InternalApi social;

    public WorldStatePushRelay(ObjectMapper json, SubscriptionService subscriptions, ServiceDirectory services,
                               Duration timeout) {
        this.json = json;
        this.subscriptions = subscriptions;
        var economyClient = new com.necpgame.economy.client.ApiClient();
        economyClient.updateBaseUri(services.url("economy"));
        economyClient.setRequestInterceptor(services.tokens().authorization());
        economyClient.setConnectTimeout(timeout);
        economyClient.setReadTimeout(timeout);
        this.economy = new com.necpgame.economy.client.api.WorldStateChangesApi(economyClient);
        var socialClient = new com.necpgame.social.client.ApiClient();
        socialClient.updateBaseUri(services.url("social"));
        socialClient.setRequestInterceptor(services.tokens().authorization());
        socialClient.setConnectTimeout(timeout);
        socialClient.setReadTimeout(timeout);
        this.social = new com.necpgame.social.client.api.InternalApi(socialClient);
    }

    public void register(Outbox outbox) {
        outbox.handle(Subscriber.ECONOMY.outboxKind(), message -> deliver(message, push -> {
            try {
                economy.receiveEconomyWorldStateChange(new com.necpgame.economy.client.model.WorldStateChange()
                        .eventId(push.eventId()).serverId(push.serverId()).key(push.key())
                        .value(json.convertValue(push.value(), OBJECT)).version(push.version())
                        .changedAt(offset(push)).updatedByQuest(push.updatedByQuest()));
                return Delivery.delivered();
            } catch (com.necpgame.economy.client.ApiException e) {
                return Delivery.ofStatus(e.getCode(), e.getResponseBody());
            }
        }));
        outbox.handle(Subscriber.SOCIAL.outboxKind(), message -> deliver(message, push -> {
            try {
                social.receiveSocialWorldStateChange(new com.necpgame.social.client.model.WorldStateChange()
                        .eventId(push.eventId()).serverId(push.serverId()).key(push.key())
                        .value(json.convertValue(push.value(), OBJECT)).version(push.version())
                        .changedAt(offset(push)).updatedByQuest(push.updatedByQuest()));
                return Delivery.delivered();
            } catch (com.necpgame.social.client.ApiException e) {
                return Delivery.ofStatus(e.getCode(), e.getResponseBody());
            }
        }));
    }

    private interface Send {
        Delivery send(WorldStatePush push);
    }

    private Delivery deliver(OutboxMessage message, Send send) throws Exception {
        WorldStatePush push = json.readValue(message.payload(), WorldStatePush.class);
        UUID subscription = push.subscriptionId();
        if (!subscriptions.exists(subscription)) {
            return Delivery.drop("subscription " + subscription + " was deleted");
        }
        Delivery delivery = send.send(push);
        if (delivery instanceof Delivery.Delivered) {
            subscriptions.delivered(subscription);
        }
        return delivery;
    }

    private static OffsetDateTime offset(WorldStatePush push) {
        return push.changedAt().atOffset(ZoneOffset.UTC);
    }
}
