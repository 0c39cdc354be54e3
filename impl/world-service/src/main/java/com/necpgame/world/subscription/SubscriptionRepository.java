package com.necpgame.world.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.db.Rows;
import com.necpgame.platform.paging.PageRequest;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code world_state_subscriptions}, and the backlog of their pushes in the platform's outbox. */
public final class SubscriptionRepository {

    /** false when the same (subscriber, pattern, server) exists. */
    public boolean insert(DbExecute db, Subscription s) {
        return db.createNamedGet("subscription-insert")
                .addParam("id", s.id())
                .addParam("subscriber", s.subscriber().name())
                .addParam("keyPattern", s.keyPattern().text())
                .addParam("serverId", s.serverId().orElse(null))
                .addParam("createdBy", s.createdBy())
                .addParam("createdAt", Rows.param(s.createdAt()))
                .execute().isPresent();
    }

    public Optional<Subscription> find(DbExecute db, UUID id) {
        return db.createNamedGet("subscription-by-id").addParam("id", id).execute().map(SubscriptionRepository::row);
    }

    public List<Subscription> all(DbExecute db) {
        return db.createNamedQuery("subscriptions-all").execute().map(SubscriptionRepository::row).toList();
    }

    public List<Subscription> list(DbExecute db, Optional<Subscriber> subscriber, PageRequest page) {
        return db.createNamedQuery("subscriptions-list")
                .addParam("allSubscribers", subscriber.isEmpty())
                .addParam("subscriber", subscriber.map(Enum::name).orElse(""))
                .addParam("limit", page.limit()).addParam("offset", page.offset())
                .execute().map(SubscriptionRepository::row).toList();
    }

    public long count(DbExecute db, Optional<Subscriber> subscriber) {
        return db.createNamedGet("subscriptions-count")
                .addParam("allSubscribers", subscriber.isEmpty())
                .addParam("subscriber", subscriber.map(Enum::name).orElse(""))
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    public boolean delete(DbExecute db, UUID id) {
        return db.createNamedDelete("subscription-delete").addParam("id", id).execute() > 0;
    }

    public void delivered(DbExecute db, UUID id, Instant at) {
        db.createNamedUpdate("subscription-delivered").addParam("at", Rows.param(at)).addParam("id", id).execute();
    }

    public long pending(DbExecute db, Subscription s) {
        return db.createNamedGet("subscription-pending")
                .addParam("kind", s.subscriber().outboxKind())
                .addParam("keyPrefix", WorldStatePushes.messageKeyPrefix(s.id()))
                .execute().map(row -> Rows.longValue(row, "n")).orElse(0L);
    }

    private static Subscription row(DbRow row) {
        return new Subscription(Rows.uuid(row, "subscription_id"), Subscriber.valueOf(Rows.string(row, "subscriber")),
                new KeyPattern(Rows.string(row, "key_pattern")), Rows.optionalString(row, "server_id"),
                Rows.string(row, "created_by"), Rows.instant(row, "created_at"),
                Rows.optionalInstant(row, "last_delivered_at"), 0);
    }
}
