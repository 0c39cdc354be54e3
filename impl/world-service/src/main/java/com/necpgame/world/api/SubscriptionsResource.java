package com.necpgame.world.api;

import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.paging.PageRequest;
import com.necpgame.world.mapping.WorldMapper;
import com.necpgame.world.model.CreateWorldStateSubscriptionRequestDto;
import com.necpgame.world.model.SubscriberServiceDto;
import com.necpgame.world.subscription.KeyPattern;
import com.necpgame.world.subscription.SubscriptionService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** The operator's subscriptions: list, create, get, delete. */
public final class SubscriptionsResource extends SubscriptionsService {
    private final SubscriptionService subscriptions;
    private final WorldMapper mapper = WorldMapper.INSTANCE;

    public SubscriptionsResource(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    protected void handleListWorldStateSubscriptions(ServerRequest request, ServerResponse response,
                                                     Optional<SubscriberServiceDto> subscriber, Optional<Integer> page,
                                                     Optional<Integer> limit) {
        var list = subscriptions.list(subscriber.map(mapper::subscriber), PageRequest.of(page, limit));
        ListWorldStateSubscriptionsOp.Response200.builder().response(mapper.subscriptionPage(list)).send(response);
    }

    @Override
    protected void handleCreateWorldStateSubscription(ServerRequest request, ServerResponse response,
                                                      CreateWorldStateSubscriptionRequestDto body) {
        var created = subscriptions.create(Callers.actor(request), mapper.subscriber(body.getSubscriber()),
                new KeyPattern(body.getKeyPattern()), Optional.ofNullable(body.getServerId()));
        CreateWorldStateSubscriptionOp.Response201.builder().response(mapper.subscription(created)).send(response);
    }

    @Override
    protected void handleGetWorldStateSubscription(ServerRequest request, ServerResponse response,
                                                   UUID subscriptionId) {
        GetWorldStateSubscriptionOp.Response200.builder()
                .response(mapper.subscription(subscriptions.get(subscriptionId))).send(response);
    }

    @Override
    protected void handleDeleteWorldStateSubscription(ServerRequest request, ServerResponse response,
                                                      UUID subscriptionId) {
        subscriptions.delete(subscriptionId);
        DeleteWorldStateSubscriptionOp.Response204.builder().send(response);
    }
}
