package com.necpgame.world.subscription;

/** The services that receive world state pushes, each through its own internal operation (the outbox kind). */
public enum Subscriber {
    ECONOMY("economy-service", "receiveEconomyWorldStateChange"),
    SOCIAL("social-service", "receiveSocialWorldStateChange");

    private final String destination;
    private final String outboxKind;

    Subscriber(String destination, String outboxKind) {
        this.destination = destination;
        this.outboxKind = outboxKind;
    }

    public String destination() {
        return destination;
    }

    public String outboxKind() {
        return outboxKind;
    }
}
