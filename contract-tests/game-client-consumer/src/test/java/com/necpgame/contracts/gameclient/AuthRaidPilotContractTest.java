package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.auth.client.ApiException;
import com.necpgame.auth.client.api.PilotCredentialsApi;
import com.necpgame.auth.client.api.SyncTokensApi;
import com.necpgame.auth.client.model.PilotCredential;
import com.necpgame.auth.client.model.PilotTier;
import com.necpgame.auth.client.model.SyncToken;
import com.necpgame.auth.client.model.SyncTokenRequest;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a game client uses auth-service before the raid Quantum Reef Siege: the logged-in pilot reads their own
 * pilot credential (404 CREDENTIAL_NOT_FOUND before any certification) and asks for a quantum sync token for a
 * raid instance (403 CREDENTIAL_TIER_TOO_LOW when the instance needs a higher tier than the credential's).
 * Every call goes through the generated auth client with the pilot's access token (the provider state's). The
 * raid window's end is the provider state's too: a sync window must end in the future, at most 6 hours ahead.
 */
@PactConsumerTest
@PactTestFor(providerName = AuthContractTest.PROVIDER)
class AuthRaidPilotContractTest {

    private static final String PILOT_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    private static final String INSTANCE_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    private static final String WINDOW_ENDS_AT = "2026-11-27T14:00:00Z";
    private static final String CERTIFIED_T2 = "a logged-in pilot holds an unexpired T2 credential with score 8400";
    private static final String JWT = "[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+";
    private static final String EXAMPLE_SYNC_TOKEN =
            "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI3YzllNjY3OSIsInNjb3BlIjoicXVhbnR1bS1zeW5jIn0.c2lnbmF0dXJl";

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact myCredential(PactDslWithProvider builder) {
        return builder
                .given(CERTIFIED_T2)
                .uponReceiving("a game client reads the pilot's own credential")
                .method("GET")
                .path("/api/v1/auth/pilot-credential")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("playerId", "${accountId}", PILOT_ID)
                        .stringValue("tier", "T2")
                        .integerType("score", 8400)
                        .stringMatcher("issuedAt", GameClients.RFC3339, "2026-11-27T12:00:00Z")
                        .stringMatcher("expiresAt", GameClients.RFC3339, "2027-02-25T12:00:00Z"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "myCredential")
    void thePilotsCredentialHasItsTierAndExpiry(MockServer auth) throws ApiException {
        PilotCredential credential = credentials(auth).getMyPilotCredential();

        assertThat(credential.getPlayerId()).isEqualTo(UUID.fromString(PILOT_ID));
        assertThat(credential.getTier()).isEqualTo(PilotTier.T2);
        assertThat(credential.getScore()).isEqualTo(8400);
        assertThat(credential.getExpiresAt()).isAfter(credential.getIssuedAt());
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact noCredential(PactDslWithProvider builder) {
        return builder
                .given("a player is logged in")
                .uponReceiving("a game client reads the credential of a player never certified")
                .method("GET")
                .path("/api/v1/auth/pilot-credential")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .willRespondWith()
                .status(404)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(404, "CREDENTIAL_NOT_FOUND"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "noCredential")
    void aPlayerNeverCertifiedHasNoCredential(MockServer auth) {
        PilotCredentialsApi api = credentials(auth);

        assertThatThrownBy(api::getMyPilotCredential).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getCode()).isEqualTo(404);
            assertThat(e.getResponseBody()).contains("CREDENTIAL_NOT_FOUND");
        });
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact syncToken(PactDslWithProvider builder) {
        return builder
                .given(CERTIFIED_T2)
                .uponReceiving("a game client asks for a sync token for a T2 raid instance")
                .method("POST")
                .path("/api/v1/auth/sync-tokens")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(syncTokenRequest("T2"))
                .willRespondWith()
                .status(201)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringMatcher("token", JWT, EXAMPLE_SYNC_TOKEN)
                        .valueFromProviderState("playerId", "${accountId}", PILOT_ID)
                        .stringValue("instanceId", INSTANCE_ID)
                        .stringValue("tier", "T2")
                        .stringMatcher("expiresAt", GameClients.RFC3339, "2026-11-27T12:10:00Z"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "syncToken")
    void aCertifiedPilotGetsASyncTokenForTheInstance(MockServer auth) throws ApiException {
        SyncToken token = syncTokens(auth).issueSyncToken(request(PilotTier.T2));

        assertThat(token.getToken()).matches(JWT);
        assertThat(token.getPlayerId()).isEqualTo(UUID.fromString(PILOT_ID));
        assertThat(token.getInstanceId()).isEqualTo(UUID.fromString(INSTANCE_ID));
        assertThat(token.getTier()).isEqualTo(PilotTier.T2);
        assertThat(token.getExpiresAt()).isNotNull();
    }

    @Pact(consumer = GameClients.CONSUMER)
    V4Pact tierTooLow(PactDslWithProvider builder) {
        return builder
                .given(CERTIFIED_T2)
                .uponReceiving("a game client asks for a sync token for a T3 raid instance with a T2 credential")
                .method("POST")
                .path("/api/v1/auth/sync-tokens")
                .headerFromProviderState("Authorization", GameClients.AUTHORIZATION,
                        "Bearer " + GameClients.EXAMPLE_ACCESS_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(syncTokenRequest("T3"))
                .willRespondWith()
                .status(403)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(GameClients.problem(403, "CREDENTIAL_TIER_TOO_LOW"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "tierTooLow")
    void aLowerTierGetsNoSyncToken(MockServer auth) {
        SyncTokensApi api = syncTokens(auth);

        assertThatThrownBy(() -> api.issueSyncToken(request(PilotTier.T3)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    assertThat(e.getResponseBody()).contains("CREDENTIAL_TIER_TOO_LOW");
                });
    }

    private static PactDslJsonBody syncTokenRequest(String requiredTier) {
        return new PactDslJsonBody()
                .stringValue("instanceId", INSTANCE_ID)
                .stringValue("requiredTier", requiredTier)
                .valueFromProviderState("windowEndsAt", "${windowEndsAt}", WINDOW_ENDS_AT);
    }

    private static SyncTokenRequest request(PilotTier requiredTier) {
        return new SyncTokenRequest().instanceId(UUID.fromString(INSTANCE_ID)).requiredTier(requiredTier)
                .windowEndsAt(OffsetDateTime.parse(WINDOW_ENDS_AT));
    }

    private static PilotCredentialsApi credentials(MockServer auth) {
        return new PilotCredentialsApi(GameClients.auth(auth, GameClients.EXAMPLE_ACCESS_TOKEN));
    }

    private static SyncTokensApi syncTokens(MockServer auth) {
        return new SyncTokensApi(GameClients.auth(auth, GameClients.EXAMPLE_ACCESS_TOKEN));
    }
}
