package com.necpgame.world.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import com.necpgame.world.servers.GameServers;
import com.necpgame.world.state.WorldStateRepository;
import com.necpgame.world.state.WorldStateRevision;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/** The operator's subscriptions: create (with the initial push of what they cover), read, delete. */
public final class SubscriptionService {
    private final DbClient db;
    private final SubscriptionRepository subscriptions;
    private final WorldStateRepository state;
    private final WorldStatePushes pushes;
    private final GameServers servers;
    private final Clock clock;

    public SubscriptionService(DbClient db, SubscriptionRepository subscriptions, WorldStateRepository state,
                               WorldStatePushes pushes, GameServers servers, Clock clock) {
        this.db = db;
        this.subscriptions = subscriptions;
        this.state = state;
        this.pushes = pushes;
        this.servers = servers;
        this.clock = clock;
    }

    /** 409 {@code SUBSCRIPTION_EXISTS} for the same (subscriber, pattern, server); pushes every covered key once. */
    public Subscription create(String actor, Subscriber subscriber, KeyPattern pattern, Optional<String> serverId) {
        serverId.ifPresent(servers::requireInBody);
        Instant now = clock.instant();
        Subscription created = new Subscription(UUID.randomUUID(), subscriber, pattern, serverId, actor, now,
                Optional.empty(), 0);
        return Transactions.inTransaction(db, tx -> {
            if (!subscriptions.insert(tx, created)) {
                throw ProblemException.conflict("SUBSCRIPTION_EXISTS",
                        "This service already subscribes to this pattern on this server.");
            }
            for (WorldStateRevision current : state.currentRevisions(tx, serverId, pattern.prefix())) {
                if (created.covers(current.serverId(), current.key())) {
                    pushes.push(tx, created, current);
                }
            }
            return withPending(tx, created);
        });
    }

    public Subscription get(UUID id) {
        DbExecute read = db.execute();
        return withPending(read, subscriptions.find(read, id).orElseThrow(SubscriptionService::notFound));
    }

    public Page<Subscription> list(Optional<Subscriber> subscriber, PageRequest page) {
        DbExecute read = db.execute();
        return new Page<>(subscriptions.list(read, subscriber, page).stream().map(s -> withPending(read, s)).toList(),
                page, subscriptions.count(read, subscriber));
    }

    /** Its undelivered pushes are dropped by the relay when it finds the subscription gone. */
    public void delete(UUID id) {
        if (!subscriptions.delete(db.execute(), id)) {
            throw notFound();
        }
    }

    /** Whether a push's subscription still exists (the relay drops the pushes of deleted ones). */
    public boolean exists(UUID id) {
        return subscriptions.find(db.execute(), id).isPresent();
    }

    /** The subscriber acknowledged a push. */
    public void delivered(UUID id) {
        subscriptions.delivered(db.execute(), id, clock.instant());
    }

    private Subscription withPending(DbExecute db, Subscription subscription) {
        return subscription.withPending(subscriptions.pending(db, subscription));
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("SUBSCRIPTION_NOT_FOUND", "No subscription has this id.");
    }
}
