package com.necpgame.contracts.auth;

import com.necpgame.auth.client.ApiClient;
import com.necpgame.auth.client.ApiException;
import com.necpgame.auth.client.api.AccountsApi;
import com.necpgame.auth.client.api.KeysApi;
import com.necpgame.auth.client.api.PilotCredentialsApi;
import com.necpgame.auth.client.api.SessionsApi;
import com.necpgame.auth.client.api.SyncTokensApi;
import com.necpgame.auth.client.model.LoginRequest;
import com.necpgame.auth.client.model.PilotTier;
import com.necpgame.auth.client.model.RegisterRequest;
import com.necpgame.auth.client.model.ServiceTokenRequest;
import com.necpgame.auth.client.model.SyncTokenRequest;
import com.necpgame.auth.client.model.TokenPair;
import com.necpgame.auth.client.model.UpsertPilotCredentialRequest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Seeds auth-service through its generated client, the way players (game clients) and gameplay-service would. */
final class AuthFixtures {

    record Player(UUID id, String username, String password) {
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final String baseUrl;
    private final String serviceToken;

    AuthFixtures(String baseUrl, ServiceClient gameplay) throws ApiException {
        this.baseUrl = baseUrl;
        this.serviceToken = new KeysApi(client(null)).issueServiceToken(new ServiceTokenRequest()
                .clientId(gameplay.id()).clientSecret(gameplay.secret())).getAccessToken();
    }

    String serviceToken() {
        return serviceToken;
    }

    Player registerPlayer() throws ApiException {
        return registerPlayer("reef-siege-" + UUID.randomUUID());
    }

    /** A new ACTIVE account with {@code password}, registered as a game client does. */
    Player registerPlayer(String password) throws ApiException {
        String username = newUsername();
        UUID id = new AccountsApi(client(null)).register(new RegisterRequest()
                .email(email(username)).username(username).password(password)).getId();
        return new Player(id, username, password);
    }

    /** A username no account has yet (3 to 20 of A-Z, a-z, 0-9, _). */
    String newUsername() {
        return "pilot_" + System.nanoTime() % 1_000_000_000L + "_" + SEQUENCE.incrementAndGet();
    }

    String email(String username) {
        return username + "@necp.test";
    }

    /** Logs the player in as a game client does: a new session family. */
    TokenPair login(Player player) throws ApiException {
        return new SessionsApi(client(null)).login(new LoginRequest()
                .login(player.username()).password(player.password()));
    }

    void certify(UUID playerId, PilotTier tier, int score) throws ApiException {
        new PilotCredentialsApi(client(serviceToken)).upsertPilotCredential(playerId,
                new UpsertPilotCredentialRequest().tier(tier).score(score).certificationPassed(true));
    }

    String syncToken(Player player, UUID instanceId, PilotTier requiredTier) throws ApiException {
        String accessToken = new SessionsApi(client(null)).login(new LoginRequest()
                .login(player.username()).password(player.password())).getAccessToken();
        return new SyncTokensApi(client(accessToken)).issueSyncToken(new SyncTokenRequest()
                .instanceId(instanceId).requiredTier(requiredTier)
                .windowEndsAt(OffsetDateTime.now(ZoneOffset.UTC).plusHours(1))).getToken();
    }

    private ApiClient client(String bearerToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        if (bearerToken != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearerToken));
        }
        return client;
    }
}
