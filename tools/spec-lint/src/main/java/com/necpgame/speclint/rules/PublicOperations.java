package com.necpgame.speclint.rules;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * THE list of operations that may be called without a token, per service domain
 * ({@code info.x-microservice.domain}). Everything else must be protected by bearerAuth.
 * Changing this list is a security decision: change specs/README.md with it.
 */
public final class PublicOperations {

    /**
     * auth: account creation and sign-in (no token yet), token refresh (the access token has expired),
     * the public key set (every service fetches it to verify tokens) and service tokens (a service
     * proves itself with its client credentials, not a token).
     */
    public static final Map<String, Set<String>> BY_DOMAIN = Map.of(
            "auth", Set.of("register", "login", "refreshToken", "getJwks", "issueServiceToken"));

    private PublicOperations() {
    }

    /** The list for messages, in a stable order: {@code auth: getJwks, issueServiceToken, ...}. */
    public static String describe() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(BY_DOMAIN).forEach((domain, ids) ->
                text.append(text.isEmpty() ? "" : "; ").append(domain).append(": ")
                        .append(String.join(", ", new TreeSet<>(ids))));
        return text.toString();
    }

    public static boolean isPublic(String domain, String operationId) {
        return BY_DOMAIN.getOrDefault(domain, Set.of()).contains(operationId);
    }
}
