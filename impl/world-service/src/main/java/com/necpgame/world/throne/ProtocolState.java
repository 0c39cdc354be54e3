package com.necpgame.world.throne;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.necpgame.platform.problem.ProblemException;

/** A protocol and its last activation in the current run, as of {@code now}. */
public record ProtocolState(ClimateProtocol protocol, ProtocolStatus status, Optional<Activation> last) {

    public static ProtocolState of(ClimateProtocol protocol, Optional<Activation> last, Instant now) {
        ProtocolStatus status = last.map(a -> now.isBefore(a.activeUntil()) ? ProtocolStatus.ACTIVE
                : now.isBefore(a.availableAt()) ? ProtocolStatus.COOLING_DOWN : ProtocolStatus.READY)
                .orElse(ProtocolStatus.READY);
        return new ProtocolState(protocol, status, last);
    }

    /** 429 {@code CLIMATE_PROTOCOL_COOLDOWN} with Retry-After (whole seconds, rounded up) until availableAt. */
    public void requireReady(Instant now) {
        if (status == ProtocolStatus.READY) {
            return;
        }
        Instant availableAt = last.orElseThrow().availableAt();
        long millis = Duration.between(now, availableAt).toMillis();
        throw new ProblemException(429, "CLIMATE_PROTOCOL_COOLDOWN", "Too many requests",
                "The protocol " + protocol.id() + " cools down until " + availableAt + ".", null,
                Duration.ofSeconds(Math.max(1, (millis + 999) / 1000)));
    }
}
