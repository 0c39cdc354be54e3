package com.necpgame.auth;

import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import com.necpgame.auth.client.ApiClient;
import com.necpgame.auth.client.ApiException;
import com.necpgame.auth.serviceclient.ServiceClients;
import com.necpgame.auth.client.api.AccountsApi;
import com.necpgame.auth.client.api.KeysApi;
import com.necpgame.auth.client.api.PilotCredentialsApi;
import com.necpgame.auth.client.api.SessionsApi;
import com.necpgame.auth.client.api.SyncTokensApi;
import com.necpgame.auth.client.model.Account;
import com.necpgame.auth.client.model.LoginRequest;
import com.necpgame.auth.client.model.RegisterRequest;
import com.necpgame.auth.client.model.ServiceTokenRequest;
import com.necpgame.auth.client.model.TokenPair;
import com.necpgame.platform.RunningService;
import com.necpgame.platform.ServiceConfig;
import com.necpgame.platform.ServiceRuntime;
import com.necpgame.platform.testing.Http;
import com.necpgame.platform.testing.MutableClock;
import io.helidon.config.Config;

/**
 * The real auth-service for one test class: application.yaml with a free port, the embedded PostgreSQL (a fresh
 * database per start), a test-only service client, and a clock the test moves.
 */
final class TestAuthService implements AutoCloseable {
    static final String GAMEPLAY_CLIENT = "gameplay-service";
    static final String GAMEPLAY_SECRET = "only-in-tests-gameplay-secret-0001";
    static final String PASSWORD = "chrome-and-neon-2077";

    final MutableClock clock = MutableClock.startingNow();
    final RunningService service;
    final Http http;
    final ApiClient client;

    TestAuthService() {
        String secretHash = HexFormat.of().formatHex(ServiceClients.sha256(GAMEPLAY_SECRET));
        Config config = ServiceConfig.forTests("""
                auth:
                  service-clients:
                    - id: %s
                      secret-sha256: %s
                """.formatted(GAMEPLAY_CLIENT, secretHash));
        service = ServiceRuntime.start(new AuthServiceDefinition(), config, clock);
        http = new Http(service.baseUrl(), "auth");
        client = new ApiClient();
        client.updateBaseUri(service.baseUrl());
    }

    @Override
    public void close() {
        service.stop();
    }

    AccountsApi accounts() {
        return new AccountsApi(client);
    }

    SessionsApi sessions() {
        return new SessionsApi(client);
    }

    KeysApi keys() {
        return new KeysApi(client);
    }

    PilotCredentialsApi credentials() {
        return new PilotCredentialsApi(client);
    }

    SyncTokensApi syncTokens() {
        return new SyncTokensApi(client);
    }

    static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /** A new account with a unique name and {@link #PASSWORD}. */
    Account register() throws ApiException {
        String name = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return accounts().register(new RegisterRequest().email(name + "@necpgame.dev").username(name)
                .password(PASSWORD));
    }

    TokenPair login(String login) throws ApiException {
        return sessions().login(new LoginRequest().login(login).password(PASSWORD));
    }

    /** A registered and logged-in player. */
    TokenPair newPlayer() throws ApiException {
        return login(register().getUsername());
    }

    String serviceToken() throws ApiException {
        return keys().issueServiceToken(new ServiceTokenRequest().clientId(GAMEPLAY_CLIENT)
                .clientSecret(GAMEPLAY_SECRET)).getAccessToken();
    }
}
