package com.necpgame.auth.account;

import java.time.Clock;
import java.util.UUID;

import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbClient;

/** Registering accounts and reading them. */
public final class AccountService {
    private final DbClient db;
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final Clock clock;

    public AccountService(DbClient db, AccountRepository accounts, PasswordHasher hasher, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Creates an ACTIVE account. 422 {@code WEAK_PASSWORD} when the password breaks the policy; 409
     * {@code EMAIL_TAKEN} / {@code USERNAME_TAKEN} when either is in use (case-insensitively).
     */
    public Account register(String email, String username, String password) {
        PasswordPolicy.weakness(password, username, email).ifPresent(reason -> {
            throw ProblemException.unprocessable("WEAK_PASSWORD", reason);
        });
        assertFree(email, username);
        String hash = hasher.hash(password); // before the transaction: it takes a while
        return Transactions.inTransaction(db, tx -> accounts.insert(tx, UUID.randomUUID(), email, username, hash,
                        clock.instant()))
                .orElseGet(() -> {
                    // Lost a race for the email or username between the check and the insert: say which.
                    assertFree(email, username);
                    throw ProblemException.conflict("EMAIL_TAKEN", "This email address is already registered.");
                });
    }

    /** The account, or 401 when it no longer exists (a token outliving its account). */
    public Account get(UUID id) {
        return accounts.findById(db.execute(), id)
                .orElseThrow(() -> ProblemException.unauthorized("The account of this token does not exist."));
    }

    private void assertFree(String email, String username) {
        if (accounts.emailTaken(db.execute(), email)) {
            throw ProblemException.conflict("EMAIL_TAKEN", "This email address is already registered.");
        }
        if (accounts.usernameTaken(db.execute(), username)) {
            throw ProblemException.conflict("USERNAME_TAKEN", "This username is already taken.");
        }
    }
}
