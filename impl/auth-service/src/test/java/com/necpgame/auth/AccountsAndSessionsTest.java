package com.necpgame.auth;

import static com.necpgame.auth.TestAuthService.PASSWORD;
import static com.necpgame.auth.TestAuthService.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.necpgame.auth.client.ApiException;
import com.necpgame.auth.client.model.Account;
import com.necpgame.auth.client.model.AccountStatus;
import com.necpgame.auth.client.model.RefreshRequest;
import com.necpgame.auth.client.model.RegisterRequest;
import com.necpgame.auth.client.model.TokenPair;
import com.necpgame.auth.client.model.TokenType;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Register, login, me, refresh rotation and reuse, logout, lockout and bans over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsAndSessionsTest {
    private static final String AUTH = "/api/v1/auth";
    @AutoClose // one real service per class (PER_CLASS), stopped after its last test
    private final TestAuthService auth = new TestAuthService();

    private static String loginBody(String login, String password) {
        return "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}";
    }

    private static String refreshBody(String token) {
        return "{\"refreshToken\":\"" + token + "\"}";
    }

    @Test
    void registerThenLoginByUsernameOrEmailInAnyCase() throws Exception {
        Account account = auth.accounts().register(new RegisterRequest().email("Vee.Silver@NECPgame.dev")
                .username("Vee_Silver").password(PASSWORD));
        assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.getEmail()).isEqualTo("Vee.Silver@NECPgame.dev"); // stored as given
        assertThat(account.getUsername()).isEqualTo("Vee_Silver");

        TokenPair byName = auth.login("vee_silver");
        TokenPair byEmail = auth.login("vee.silver@necpgame.dev");
        assertThat(byName.getAccount().getId()).isEqualTo(account.getId());
        assertThat(byEmail.getAccount().getId()).isEqualTo(account.getId());
        assertThat(byName.getTokenType()).isEqualTo(TokenType.BEARER);
        assertThat(byName.getExpiresIn()).isEqualTo(900);
        assertThat(byName.getRefreshExpiresIn()).isEqualTo(604800);

        SignedJWT jwt = SignedJWT.parse(byName.getAccessToken());
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(account.getId().toString());
        assertThat(jwt.getJWTClaimsSet().getStringClaim("scope")).isEqualTo("player");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("username")).isEqualTo("Vee_Silver");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("sid")).isNotBlank();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("necp-auth");

        Account me = auth.accounts().getMe(bearer(byName.getAccessToken()));
        assertThat(me.getId()).isEqualTo(account.getId());
    }

    @Test
    void tokenResponsesAreNotCacheable() throws Exception {
        Account account = auth.register();
        var reply = auth.http.post(AUTH + "/login", loginBody(account.getUsername(), PASSWORD), null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).hasValue("no-store");
    }

    @Test
    void takenEmailOrUsernameIsAConflictWhateverTheCase() throws Exception {
        Account account = auth.register();
        String upperName = account.getUsername().toUpperCase();
        auth.http.post(AUTH + "/register", "{\"email\":\"other-" + account.getUsername() + "@necpgame.dev\","
                + "\"username\":\"" + upperName + "\",\"password\":\"" + PASSWORD + "\"}", null)
                .assertProblem(409, "USERNAME_TAKEN");
        auth.http.post(AUTH + "/register", "{\"email\":\"" + account.getEmail().toUpperCase() + "\","
                + "\"username\":\"fresh_" + account.getUsername().substring(1, 8) + "\",\"password\":\""
                + PASSWORD + "\"}", null)
                .assertProblem(409, "EMAIL_TAKEN");
    }

    @Test
    void weakPasswordsAreRefused() {
        auth.http.post(AUTH + "/register", "{\"email\":\"weak1@necpgame.dev\",\"username\":\"weak_one\","
                + "\"password\":\"my-WEAK_ONE-password\"}", null).assertProblem(422, "WEAK_PASSWORD");
        auth.http.post(AUTH + "/register", "{\"email\":\"weakling.two@necpgame.dev\",\"username\":\"weak_two\","
                + "\"password\":\"xx-weakling.two-xx\"}", null).assertProblem(422, "WEAK_PASSWORD");
        auth.http.post(AUTH + "/register", "{\"email\":\"weak3@necpgame.dev\",\"username\":\"weak_three\","
                + "\"password\":\"aaaaaaaaaaaaaaaa\"}", null).assertProblem(422, "WEAK_PASSWORD");
        auth.http.post(AUTH + "/register", "{\"email\":\"weak4@necpgame.dev\",\"username\":\"weak_four\","
                + "\"password\":\"short\"}", null).assertProblem(400, null);
    }

    @Test
    void unknownAccountAndWrongPasswordGetTheSameAnswer() throws Exception {
        Account account = auth.register();
        var wrong = auth.http.post(AUTH + "/login", loginBody(account.getUsername(), "not-the-password-1"), null)
                .assertProblem(401, "INVALID_CREDENTIALS");
        var unknown = auth.http.post(AUTH + "/login", loginBody("nobody_here_42", "not-the-password-1"), null)
                .assertProblem(401, "INVALID_CREDENTIALS");
        assertThat(unknown.json().get("detail")).isEqualTo(wrong.json().get("detail"));
    }

    @Test
    void refreshRotatesAndReuseRevokesTheWholeFamily() throws Exception {
        TokenPair first = auth.newPlayer();
        TokenPair second = auth.sessions().refreshToken(new RefreshRequest().refreshToken(first.getRefreshToken()));
        assertThat(second.getRefreshToken()).isNotEqualTo(first.getRefreshToken());
        assertThat(sid(second)).isEqualTo(sid(first)); // same family
        TokenPair third = auth.sessions().refreshToken(new RefreshRequest().refreshToken(second.getRefreshToken()));

        // The first token was rotated: presenting it again is theft.
        auth.http.post(AUTH + "/refresh", refreshBody(first.getRefreshToken()), null)
                .assertProblem(401, "REFRESH_TOKEN_REUSED");
        // The whole family died with it, including the newest token and the access tokens on auth's operations.
        auth.http.post(AUTH + "/refresh", refreshBody(third.getRefreshToken()), null)
                .assertProblem(401, "REFRESH_TOKEN_INVALID");
        auth.http.get(AUTH + "/me", third.getAccessToken()).assertProblem(401, "SESSION_REVOKED");

        // Another login is a new family and works.
        TokenPair again = auth.login(first.getAccount().getUsername());
        assertThat(auth.accounts().getMe(bearer(again.getAccessToken())).getId())
                .isEqualTo(first.getAccount().getId());
    }

    @Test
    void concurrentRefreshesOfOneTokenCannotBothSucceed() throws Exception {
        TokenPair pair = auth.newPlayer();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> auth.http.post(AUTH + "/refresh", refreshBody(pair.getRefreshToken()), null).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 401).hasSize(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownOrExpiredRefreshTokensAreInvalid() throws Exception {
        auth.http.post(AUTH + "/refresh", refreshBody("A".repeat(43)), null).assertProblem(401, "REFRESH_TOKEN_INVALID");
    }

    @Test
    void logoutRevokesTheFamilyAndIsRepeatable() throws Exception {
        TokenPair pair = auth.newPlayer();
        auth.sessions().logout(bearer(pair.getAccessToken()));
        auth.http.post(AUTH + "/refresh", refreshBody(pair.getRefreshToken()), null)
                .assertProblem(401, "REFRESH_TOKEN_INVALID");
        auth.http.get(AUTH + "/me", pair.getAccessToken()).assertProblem(401, "SESSION_REVOKED");
        assertThat(auth.http.post(AUTH + "/logout", null, pair.getAccessToken()).status()).isEqualTo(204);
    }

    @Test
    void protectedOperationsNeedAToken() {
        auth.http.get(AUTH + "/me", null).assertProblem(401, null);
        auth.http.get(AUTH + "/me", "not.a-valid.token").assertProblem(401, null);
        auth.http.post(AUTH + "/logout", null, null).assertProblem(401, null);
    }

    @Test
    void serviceTokensHaveNoAccount() throws Exception {
        String service = auth.serviceToken();
        auth.http.get(AUTH + "/me", service).assertProblem(403, null);
        auth.http.post(AUTH + "/logout", null, service).assertProblem(403, null);
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes() throws Exception {
        Account account = auth.register();
        String wrong = loginBody(account.getUsername(), "not-the-password-1");
        for (int i = 1; i <= 4; i++) {
            auth.http.post(AUTH + "/login", wrong, null).assertProblem(401, "INVALID_CREDENTIALS");
        }
        var fifth = auth.http.post(AUTH + "/login", wrong, null).assertProblem(423, "ACCOUNT_LOCKED");
        assertThat(fifth.header("Retry-After")).hasValue("900");

        auth.clock.advance(Duration.ofMinutes(14));
        var stillLocked = auth.http.post(AUTH + "/login", loginBody(account.getUsername(), PASSWORD), null)
                .assertProblem(423, "ACCOUNT_LOCKED");
        assertThat(Integer.parseInt(stillLocked.header("Retry-After").orElseThrow())).isBetween(1, 60);

        auth.clock.advance(Duration.ofMinutes(1));
        TokenPair unlocked = auth.login(account.getUsername());
        assertThat(unlocked.getAccount().getId()).isEqualTo(account.getId());
    }

    @Test
    void aSuccessResetsTheFailureCount() throws Exception {
        Account account = auth.register();
        String wrong = loginBody(account.getUsername(), "not-the-password-1");
        for (int i = 0; i < 4; i++) {
            auth.http.post(AUTH + "/login", wrong, null).assertProblem(401, "INVALID_CREDENTIALS");
        }
        auth.login(account.getUsername());
        for (int i = 0; i < 4; i++) {
            auth.http.post(AUTH + "/login", wrong, null).assertProblem(401, "INVALID_CREDENTIALS");
        }
    }

    @Test
    void bannedAccountsAreRefusedAfterThePasswordCheck() throws Exception {
        TokenPair pair = auth.newPlayer();
        auth.service.context().db().execute()
                .dml("UPDATE accounts SET status = 'BANNED' WHERE id = CAST(? AS uuid)", pair.getAccount().getId().toString());
        auth.http.post(AUTH + "/login", loginBody(pair.getAccount().getUsername(), "not-the-password-1"), null)
                .assertProblem(401, "INVALID_CREDENTIALS");
        auth.http.post(AUTH + "/login", loginBody(pair.getAccount().getUsername(), PASSWORD), null)
                .assertProblem(403, "ACCOUNT_BANNED");
        auth.http.post(AUTH + "/refresh", refreshBody(pair.getRefreshToken()), null)
                .assertProblem(403, "ACCOUNT_BANNED");
        // The ban revoked the family: the refresh token is dead for good.
        auth.http.post(AUTH + "/refresh", refreshBody(pair.getRefreshToken()), null)
                .assertProblem(401, "REFRESH_TOKEN_INVALID");
    }

    @Test
    void generatedClientSeesProblemsAsApiExceptions() {
        assertThatThrownBy(() -> auth.login("nobody_at_all"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));
    }

    private static String sid(TokenPair pair) throws Exception {
        return SignedJWT.parse(pair.getAccessToken()).getJWTClaimsSet().getStringClaim("sid");
    }

    @Test
    void accessTokensExpireAfter15MinutesOfTheServiceClock() throws Exception {
        TokenPair player = auth.newPlayer();
        auth.clock.advance(Duration.ofMinutes(14));
        assertThat(auth.http.get(AUTH + "/me", player.getAccessToken()).status()).isEqualTo(200);
        auth.clock.advance(Duration.ofMinutes(2));
        auth.http.get(AUTH + "/me", player.getAccessToken()).assertProblem(401, "UNAUTHORIZED");
    }
}
