package com.necpgame.auth.account;

import java.time.Instant;
import java.util.UUID;

/**
 * An account as stored: email and username as registered (uniqueness is case-insensitive), the Argon2id hash
 * in PHC format, and the login-failure state.
 */
public record Account(UUID id,
                      String email,
                      String username,
                      String passwordHash,
                      AccountStatus status,
                      LoginLockout.State lockout,
                      Instant createdAt) {
}
