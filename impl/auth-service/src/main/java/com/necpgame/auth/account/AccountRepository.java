package com.necpgame.auth.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.db.Rows;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/** SQL on {@code accounts} (named statements in application.yaml). Every method runs on the given executor. */
public final class AccountRepository {

    /** Inserts a new ACTIVE account; empty when the email or the username is taken (case-insensitively). */
    public Optional<Account> insert(DbExecute db, UUID id, String email, String username, String passwordHash,
                                    Instant createdAt) {
        return db.createNamedGet("account-insert")
                .addParam("id", id)
                .addParam("email", email)
                .addParam("username", username)
                .addParam("passwordHash", passwordHash)
                .addParam("createdAt", Rows.param(createdAt))
                .execute()
                .map(AccountRepository::account);
    }

    public boolean emailTaken(DbExecute db, String email) {
        return db.createNamedGet("account-email-taken").addParam("email", email).execute().isPresent();
    }

    public boolean usernameTaken(DbExecute db, String username) {
        return db.createNamedGet("account-username-taken").addParam("username", username).execute().isPresent();
    }

    public Optional<Account> findById(DbExecute db, UUID id) {
        return db.createNamedGet("account-by-id").addParam("id", id).execute().map(AccountRepository::account);
    }

    /** The account, row-locked until the transaction ends. */
    public Optional<Account> lockById(DbExecute db, UUID id) {
        return db.createNamedGet("account-by-id-for-update").addParam("id", id).execute()
                .map(AccountRepository::account);
    }

    /** By email when {@code login} contains {@code @}, else by username; case-insensitive. */
    public Optional<Account> findByLogin(DbExecute db, String login) {
        String statement = login.contains("@") ? "account-by-email" : "account-by-username";
        return db.createNamedGet(statement).addParam("login", login).execute().map(AccountRepository::account);
    }

    public void updateLockout(DbExecute db, UUID id, LoginLockout.State state) {
        db.createNamedUpdate("account-update-lockout")
                .addParam("failures", state.failures())
                .addParam("lockedUntil", Rows.param(state.lockedUntil().orElse(null)))
                .addParam("id", id)
                .execute();
    }

    private static Account account(DbRow row) {
        return new Account(
                Rows.uuid(row, "id"),
                Rows.string(row, "email"),
                Rows.string(row, "username"),
                Rows.string(row, "password_hash"),
                AccountStatus.valueOf(Rows.string(row, "status")),
                new LoginLockout.State(Rows.integer(row, "failed_logins"), Rows.optionalInstant(row, "locked_until")),
                Rows.instant(row, "created_at"));
    }
}
