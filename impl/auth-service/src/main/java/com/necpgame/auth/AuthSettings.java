package com.necpgame.auth;

import java.time.Duration;

import com.necpgame.auth.account.HashSlots;
import com.necpgame.auth.account.PasswordHasher.Argon2Cost;
import com.necpgame.auth.serviceclient.ServiceClients;
import com.necpgame.auth.keys.KeyRotation;
import io.helidon.config.Config;

/**
 * auth-service's configuration, read once at start.
 *
 * @param issuer         {@code security.jwt.issuer}: the {@code iss} of every token (the platform verifies the same key)
 * @param rotationPeriod {@code auth.keys.rotation-period}: age at which a new signing key replaces the current one
 * @param argon2         {@code auth.password.argon2-*}: cost of new password hashes
 * @param hashSlots      {@code auth.password.concurrent-hashes} (default: the cores) and
 *                       {@code auth.password.hash-queue-timeout} (default PT2S): hashes at once, and how long the
 *                       others wait before 503
 * @param serviceClients {@code auth.service-clients}: who may get service tokens
 */
public record AuthSettings(String issuer, Duration rotationPeriod, Argon2Cost argon2, HashSlots hashSlots,
                           ServiceClients serviceClients) {
    public static final String DEFAULT_ISSUER = "necp-auth";

    public static AuthSettings from(Config root) {
        Config auth = root.get("auth");
        Config password = auth.get("password");
        return new AuthSettings(
                root.get("security.jwt.issuer").asString().orElse(DEFAULT_ISSUER),
                KeyRotation.validPeriod(auth.get("keys.rotation-period").asString().map(Duration::parse)
                        .orElse(KeyRotation.DEFAULT_PERIOD)),
                new Argon2Cost(
                        password.get("argon2-memory-kib").asInt().orElse(Argon2Cost.DEFAULT.memoryKib()),
                        password.get("argon2-iterations").asInt().orElse(Argon2Cost.DEFAULT.iterations()),
                        password.get("argon2-parallelism").asInt().orElse(Argon2Cost.DEFAULT.parallelism())),
                new HashSlots(
                        password.get("concurrent-hashes").asInt().orElse(Runtime.getRuntime().availableProcessors()),
                        password.get("hash-queue-timeout").as(Duration.class).orElse(Duration.ofSeconds(2))),
                ServiceClients.fromConfig(auth.get("service-clients")));
    }
}
