package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.auth.client.ApiException;
import com.necpgame.auth.client.ApiResponse;
import com.necpgame.auth.client.api.AccountsApi;
import com.necpgame.auth.client.api.SessionsApi;
import com.necpgame.auth.client.model.Account;
import com.necpgame.auth.client.model.AccountStatus;
import com.necpgame.auth.client.model.LoginRequest;
import com.necpgame.auth.client.model.RefreshRequest;
import com.necpgame.auth.client.model.RegisterRequest;
import com.necpgame.auth.client.model.TokenPair;
import com.necpgame.auth.client.model.TokenType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a game client uses auth-service: a player registers, logs in (a wrong password is 401
 * INVALID_CREDENTIALS), keeps the session alive with the refresh token, reads their account and logs out. Every
 * call goes through the generated auth client. Names, ids and tokens are the provider state's.
 */
@PactConsumerTest
@PactTestFor(providerName = AuthContractTest.PROVIDER)
class AuthContractTest {

    static final String PROVIDER = "auth-service";

    private static final String ACCOUNT_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    private static final String EMAIL = "v.silverhand@necpgame.dev";
    private static final String USERNAME = "Neo_V";
    private static final String PASSWORD = "chrome-and-neon-2077";
    private static final String REFRESH_TOKEN = "rT4kq9Zb2xWm7LpC1vN8sE3yH6uJ0aQfGdKtYwXe5iO";
    private static final String REGISTERED = "a player is registered with the password " + PASSWORD;
    private static final String LOGGED_IN = "a player is logged in";
    private static final String JWT = "[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+";
    private static final String OPAQUE = "[A-Za-z0-9_-]{32,512}";

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact register(PactDslWithProvider builder) {
        return builder
                .given("no account has the email or username of a new player")
                .uponReceiving("a game client registers a new player")
                .method("POST")
                .path("/api/v1/auth/register")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("email", "${email}", EMAIL)
                        .valueFromProviderState("username", "${username}", USERNAME)
                        .stringValue("password", PASSWORD))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(account(false))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "register")
    void aNewPlayerGetsAnActiveAccount(MockServer auth) throws ApiException {
        Account account = new AccountsApi(GameClients.auth(auth, null)).register(new RegisterRequest()
                .email(EMAIL).username(USERNAME).password(PASSWORD));

        assertThat(account.getId()).isNotNull();
        assertThat(account.getUsername()).isEqualTo(USERNAME);
        assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact login(PactDslWithProvider builder) {
        return builder
                .given(REGISTERED)
                .uponReceiving("a game client logs a player in with the username")
                .method("POST")
                .path("/api/v1/auth/login")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("login", "${username}", USERNAME)
                        .stringValue("password", PASSWORD))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(tokenPair())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "login")
    void aLoginAnswersATokenPairAndTheAccount(MockServer auth) throws ApiException {
        TokenPair pair = new SessionsApi(GameClients.auth(auth, null)).login(new LoginRequest()
                .login(USERNAME).password(PASSWORD));

        assertThatIsAPairOf(pair);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact loginWithAWrongPassword(PactDslWithProvider builder) {
        return builder
                .given(REGISTERED)
                .uponReceiving("a game client logs a player in with a wrong password")
                .method("POST")
                .path("/api/v1/auth/login")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("login", "${username}", USERNAME)
                        .stringValue("password", "not-my-password-2077"))
                .willRespondWith()
                .status(401)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(401, "INVALID_CREDENTIALS"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "loginWithAWrongPassword")
    void aWrongPasswordIsInvalidCredentials(MockServer auth) {
        SessionsApi sessions = new SessionsApi(GameClients.auth(auth, null));

        assertThatThrownBy(() -> sessions.login(new LoginRequest().login(USERNAME).password("not-my-password-2077")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(401);
                    assertThat(e.getResponseBody()).contains("INVALID_CREDENTIALS");
                });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact refresh(PactDslWithProvider builder) {
        return builder
                .given(LOGGED_IN)
                .uponReceiving("a game client exchanges the refresh token for a new pair")
                .method("POST")
                .path("/api/v1/auth/refresh")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("refreshToken", "${refreshToken}", REFRESH_TOKEN))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(tokenPair())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "refresh")
    void aRefreshAnswersANewPair(MockServer auth) throws ApiException {
        TokenPair pair = new SessionsApi(GameClients.auth(auth, null))
                .refreshToken(new RefreshRequest().refreshToken(REFRESH_TOKEN));

        assertThatIsAPairOf(pair);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact me(PactDslWithProvider builder) {
        return builder
                .given(LOGGED_IN)
                .uponReceiving("a game client reads the logged-in player's account")
                .method("GET")
                .path("/api/v1/auth/me")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(account(true))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "me")
    void meIsTheAccountOfTheToken(MockServer auth) throws ApiException {
        Account account = new AccountsApi(GameClients.auth(auth, GameClients.EXAMPLE_ACCESS_TOKEN)).getMe();

        assertThat(account.getId()).isEqualTo(UUID.fromString(ACCOUNT_ID));
        assertThat(account.getUsername()).isEqualTo(USERNAME);
        assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact logout(PactDslWithProvider builder) {
        return builder
                .given(LOGGED_IN)
                .uponReceiving("a game client logs the player out")
                .method("POST")
                .path("/api/v1/auth/logout")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(204)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "logout")
    void aLogoutEndsTheSession(MockServer auth) throws ApiException {
        ApiResponse<Void> answer = new SessionsApi(GameClients.auth(auth, GameClients.EXAMPLE_ACCESS_TOKEN))
                .logoutWithHttpInfo();

        assertThat(answer.getStatusCode()).isEqualTo(204);
    }

    private static void assertThatIsAPairOf(TokenPair pair) {
        assertThat(pair.getAccessToken()).matches(JWT);
        assertThat(pair.getTokenType()).isEqualTo(TokenType.BEARER);
        assertThat(pair.getExpiresIn()).isPositive();
        assertThat(pair.getRefreshToken()).matches(OPAQUE);
        assertThat(pair.getAccount().getId()).isEqualTo(UUID.fromString(ACCOUNT_ID));
        assertThat(pair.getAccount().getUsername()).isEqualTo(USERNAME);
    }

    private static PactDslJsonBody tokenPair() {
        return new PactDslJsonBody()
                .stringMatcher("accessToken", JWT, GameClients.EXAMPLE_ACCESS_TOKEN)
                .stringValue("tokenType", "Bearer")
                .integerType("expiresIn", 900)
                .stringMatcher("refreshToken", OPAQUE, REFRESH_TOKEN)
                .integerType("refreshExpiresIn", 604800)
                .object("account", account(true));
    }

    /** The account; its id is the provider state's once the player exists ({@code knownId}), any uuid else. */
    private static PactDslJsonBody account(boolean knownId) {
        PactDslJsonBody account = new PactDslJsonBody();
        if (knownId) {
            account.valueFromProviderState("id", "${accountId}", ACCOUNT_ID);
        } else {
            account.uuid("id", UUID.fromString(ACCOUNT_ID));
        }
        return account
                .valueFromProviderState("email", "${email}", EMAIL)
                .valueFromProviderState("username", "${username}", USERNAME)
                .stringValue("status", "ACTIVE")
                .stringMatcher("createdAt", GameClients.RFC3339, "2026-11-27T12:00:00Z");
    }
}
