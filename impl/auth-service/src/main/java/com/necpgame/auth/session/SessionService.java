package com.necpgame.auth.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.auth.account.Account;
import com.necpgame.auth.account.AccountRepository;
import com.necpgame.auth.account.AccountStatus;
import com.necpgame.auth.account.LoginLockout;
import com.necpgame.auth.account.PasswordHasher;
import com.necpgame.platform.db.Transactions;
import com.necpgame.auth.token.IssuedToken;
import com.necpgame.auth.token.TokenFactory;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * Login, refresh-token rotation, logout and the liveness of session families.
 * <p>
 * Refusals that change state (a failed login counting toward the lock, a reused refresh token revoking its family)
 * are decided inside the transaction as an {@link Outcome} and only turned into a problem after the commit, so
 * the change is kept although the answer is an error.
 */
public final class SessionService {
    private static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";

    private final DbClient db;
    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final PasswordHasher hasher;
    private final RefreshTokens refreshTokens;
    private final TokenFactory tokens;
    private final Clock clock;

    public SessionService(DbClient db, AccountRepository accounts, SessionRepository sessions, PasswordHasher hasher,
                          RefreshTokens refreshTokens, TokenFactory tokens, Clock clock) {
        this.db = db;
        this.accounts = accounts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.refreshTokens = refreshTokens;
        this.tokens = tokens;
        this.clock = clock;
    }

    private sealed interface Outcome {
        record Issued(IssuedSession session) implements Outcome {
        }

        record Refused(ProblemException problem) implements Outcome {
        }
    }

    /**
     * Checks the credentials and starts a session family. 401 {@code INVALID_CREDENTIALS} for an unknown account
     * or a wrong password alike; 423 {@code ACCOUNT_LOCKED} during a lock and on the failure that starts one;
     * 403 {@code ACCOUNT_BANNED} after a right password on a banned account.
     */
    public IssuedSession login(String login, String password) {
        Optional<Account> found = accounts.findByLogin(db.execute(), login);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password); // same cost as a wrong password: the timing reveals no account
            throw invalidCredentials();
        }
        Account account = found.get();
        LoginLockout.remainingLock(account.lockout(), clock.instant()).ifPresent(remaining -> {
            throw locked(remaining);
        });
        // The slow hash runs outside the transaction; the lockout state is re-read under a row lock below.
        boolean passwordMatches = hasher.verify(password, account.passwordHash());
        return issuedOrThrow(Transactions.inTransaction(db, tx -> decideLogin(tx, account.id(), passwordMatches)));
    }

    private Outcome decideLogin(DbExecute tx, UUID accountId, boolean passwordMatches) {
        Account account = accounts.lockById(tx, accountId).orElseThrow(SessionService::invalidCredentials);
        Instant now = clock.instant();
        Optional<Duration> lock = LoginLockout.remainingLock(account.lockout(), now);
        if (lock.isPresent()) {
            return new Outcome.Refused(locked(lock.get()));
        }
        if (!passwordMatches) {
            LoginLockout.State after = LoginLockout.afterFailure(account.lockout(), now);
            accounts.updateLockout(tx, accountId, after);
            return new Outcome.Refused(LoginLockout.remainingLock(after, now).map(SessionService::locked)
                    .orElseGet(SessionService::invalidCredentials));
        }
        if (!account.lockout().equals(LoginLockout.State.CLEAR)) {
            accounts.updateLockout(tx, accountId, LoginLockout.afterSuccess());
        }
        if (account.status() == AccountStatus.BANNED) {
            return new Outcome.Refused(banned());
        }
        UUID familyId = UUID.randomUUID();
        sessions.insertFamily(tx, familyId, accountId, now);
        return new Outcome.Issued(issue(tx, account, familyId, now));
    }

    /**
     * Exchanges a live refresh token for a new pair of the same family. A rotated token presented again revokes
     * the family (401 {@code REFRESH_TOKEN_REUSED}); unknown, expired or revoked: 401
     * {@code REFRESH_TOKEN_INVALID}; a banned account: its family is revoked and 403 {@code ACCOUNT_BANNED}.
     */
    public IssuedSession refresh(String refreshToken) {
        byte[] hash = RefreshTokens.hash(refreshToken);
        return issuedOrThrow(Transactions.inTransaction(db, tx -> decideRefresh(tx, hash)));
    }

    private Outcome decideRefresh(DbExecute tx, byte[] hash) {
        Instant now = clock.instant();
        Optional<SessionRepository.StoredToken> found = sessions.lockToken(tx, hash);
        if (found.isEmpty()) {
            return new Outcome.Refused(invalidRefreshToken());
        }
        SessionRepository.StoredToken token = found.get();
        if (token.rotatedAt().isPresent()) {
            // Someone holds a token that was already exchanged: assume theft and end the whole login.
            sessions.revokeFamily(tx, token.familyId(), now, "REFRESH_TOKEN_REUSED");
            return new Outcome.Refused(ProblemException.unauthorized("REFRESH_TOKEN_REUSED",
                    "This refresh token was already used; the session is revoked. Log in again."));
        }
        if (token.familyRevokedAt().isPresent() || !now.isBefore(token.expiresAt())) {
            return new Outcome.Refused(invalidRefreshToken());
        }
        Account account = accounts.findById(tx, token.accountId()).orElseThrow();
        if (account.status() == AccountStatus.BANNED) {
            sessions.revokeFamily(tx, token.familyId(), now, "ACCOUNT_BANNED");
            return new Outcome.Refused(banned());
        }
        sessions.markRotated(tx, hash, now);
        return new Outcome.Issued(issue(tx, account, token.familyId(), now));
    }

    /** Revokes the caller's session family; harmless when it already is. */
    public void logout(UUID accountId, UUID sessionId) {
        Transactions.inTransaction(db, tx -> sessions.findFamily(tx, sessionId)
                .filter(family -> family.accountId().equals(accountId))
                .map(family -> sessions.revokeFamily(tx, family.id(), clock.instant(), "LOGOUT"))
                .orElse(false));
    }

    /**
     * Refuses (401 {@code SESSION_REVOKED}) an access token whose session family was revoked (logout, refresh
     * token reuse, ban): auth's own operations do not wait for such a token to expire.
     */
    public void requireLiveSession(UUID accountId, UUID sessionId) {
        boolean live = sessions.findFamily(db.execute(), sessionId)
                .filter(family -> family.accountId().equals(accountId))
                .filter(family -> family.revokedAt().isEmpty())
                .isPresent();
        if (!live) {
            throw ProblemException.unauthorized("SESSION_REVOKED",
                    "The session of this access token has ended. Log in again.");
        }
    }

    private IssuedSession issue(DbExecute tx, Account account, UUID familyId, Instant now) {
        String refreshToken = refreshTokens.generate();
        sessions.insertToken(tx, RefreshTokens.hash(refreshToken), familyId, now, now.plus(RefreshTokens.LIFETIME));
        IssuedToken access = tokens.accessToken(account.id(), account.username(), familyId);
        return new IssuedSession(account, access, refreshToken, RefreshTokens.LIFETIME);
    }

    private static IssuedSession issuedOrThrow(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Issued issued -> issued.session();
            case Outcome.Refused refused -> throw refused.problem();
        };
    }

    private static ProblemException invalidCredentials() {
        return ProblemException.unauthorized(INVALID_CREDENTIALS, "The login or the password is wrong.");
    }

    private static ProblemException invalidRefreshToken() {
        return ProblemException.unauthorized("REFRESH_TOKEN_INVALID",
                "The refresh token is unknown, expired or revoked. Log in again.");
    }

    private static ProblemException banned() {
        return ProblemException.forbidden("ACCOUNT_BANNED", "This account is banned.");
    }

    private static ProblemException locked(Duration remaining) {
        return ProblemException.locked("ACCOUNT_LOCKED",
                "Too many failed logins; the account is locked for " + Math.max(1, (remaining.toSeconds() + 59) / 60)
                        + " more minute(s).", remaining);
    }
}
