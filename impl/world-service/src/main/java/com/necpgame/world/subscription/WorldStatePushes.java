package com.necpgame.world.subscription;

import java.util.UUID;

import com.necpgame.platform.outbox.Outbox;
import com.necpgame.world.state.ChangeListener;
import com.necpgame.world.state.WorldStateRevision;
import io.helidon.dbclient.DbExecute;

/**
 * Writes one outbox message per subscription covering a change, in the change's transaction. The message key
 * ({@code <subscriptionId>/<eventId>}) tells a subscription's backlog apart; the receiver deduplicates by eventId.
 */
public final class WorldStatePushes implements ChangeListener {
    private final SubscriptionRepository subscriptions;
    private final Outbox outbox;

    public WorldStatePushes(SubscriptionRepository subscriptions, Outbox outbox) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
    }

    @Override
    public void changed(DbExecute tx, WorldStateRevision revision) {
        for (Subscription subscription : subscriptions.all(tx)) {
            if (subscription.covers(revision.serverId(), revision.key())) {
                push(tx, subscription, revision);
            }
        }
    }

    void push(DbExecute tx, Subscription subscription, WorldStateRevision revision) {
        outbox.enqueue(tx, subscription.subscriber().destination(), subscription.subscriber().outboxKind(),
                messageKeyPrefix(subscription.id()) + revision.eventId(),
                new WorldStatePush(subscription.id(), revision.eventId(), revision.serverId(), revision.key(),
                        revision.value(), revision.version(), revision.changedAt(),
                        revision.updatedByQuest().orElse(null)));
    }

    static String messageKeyPrefix(UUID subscriptionId) {
        return subscriptionId + "/";
    }
}
