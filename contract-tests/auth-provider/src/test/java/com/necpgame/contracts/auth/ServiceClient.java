package com.necpgame.contracts.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** A service client of auth made up for one test run: nothing secret is committed. */
record ServiceClient(String id, String secret) {

    static ServiceClient random(String id) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new ServiceClient(id, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** What auth is configured with: the SHA-256 of the secret, hex. */
    String secretSha256() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
