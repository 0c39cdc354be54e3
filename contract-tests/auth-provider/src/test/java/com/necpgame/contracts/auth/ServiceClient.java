package com.necpgame.contracts.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import com.necpgame.auth.serviceclient.ServiceClients;

/** A service client of auth made up for one test run: nothing secret is committed. */
record ServiceClient(String id, String secret) {

    static ServiceClient random(String id) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new ServiceClient(id, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** auth's configuration entry for this client: its id and the SHA-256 of its secret, never the secret. */
    String configYaml() {
        return """
                auth:
                  service-clients:
                    - id: %s
                      secret-sha256: %s
                """.formatted(id, HexFormat.of().formatHex(ServiceClients.sha256(secret)));
    }
}
