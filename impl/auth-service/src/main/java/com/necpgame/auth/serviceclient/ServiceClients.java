package com.necpgame.auth.serviceclient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.helidon.config.Config;

/**
 * The services allowed to get service tokens, from {@code auth.service-clients}: a list of
 * {@code {id, secret-sha256}}, the secret given as the hex SHA-256 of the secret so that configuration never holds
 * a usable secret. Checks run in constant time, and unknown clients cost the same as known ones.
 */
public final class ServiceClients {
    private static final byte[] NO_CLIENT = new byte[32];

    private final Map<String, byte[]> secretHashes;

    public ServiceClients(Map<String, byte[]> secretHashes) {
        this.secretHashes = Map.copyOf(secretHashes);
    }

    public static ServiceClients fromConfig(Config clients) {
        List<Config> entries = clients.asNodeList().orElse(List.of());
        Map<String, byte[]> hashes = entries.stream().collect(Collectors.toMap(
                entry -> entry.get("id").asString().orElseThrow(
                        () -> new IllegalArgumentException("auth.service-clients: every client needs an id")),
                entry -> parseHash(entry.get("secret-sha256").asString().orElseThrow(
                        () -> new IllegalArgumentException("auth.service-clients: every client needs secret-sha256"))),
                (a, b) -> {
                    throw new IllegalArgumentException("auth.service-clients: a client id appears twice");
                }));
        return new ServiceClients(hashes);
    }

    /** Whether {@code secret} is the secret of client {@code clientId}. */
    public boolean authenticate(String clientId, String secret) {
        byte[] expected = secretHashes.getOrDefault(clientId, NO_CLIENT);
        boolean matches = MessageDigest.isEqual(expected, sha256(secret));
        return matches && secretHashes.containsKey(clientId);
    }

    public int size() {
        return secretHashes.size();
    }

    public static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] parseHash(String hex) {
        byte[] hash;
        try {
            hash = HexFormat.of().parseHex(hex.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("auth.service-clients: secret-sha256 is not hex", e);
        }
        if (hash.length != 32) {
            throw new IllegalArgumentException("auth.service-clients: secret-sha256 must be 64 hex digits");
        }
        return hash;
    }
}
