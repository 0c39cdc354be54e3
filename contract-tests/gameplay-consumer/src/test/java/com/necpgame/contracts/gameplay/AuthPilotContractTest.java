package com.necpgame.contracts.gameplay;

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
import com.necpgame.auth.client.model.SyncTokenInvalidReason;
import com.necpgame.auth.client.model.SyncTokenVerification;
import com.necpgame.auth.client.model.UpsertPilotCredentialRequest;
import com.necpgame.auth.client.model.VerifySyncTokenRequest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How gameplay-service uses auth-service for the raid Quantum Reef Siege: it reads and updates pilot
 * credentials (Skyframe Academy certification) and checks quantum sync tokens on join and reconnect.
 * Every call goes through the generated auth client, exactly as gameplay will make it.
 * Ids and tokens that only the provider can know come from its provider states.
 */
@PactConsumerTest
@PactTestFor(providerName = AuthPilotContractTest.PROVIDER)
class AuthPilotContractTest {

    static final String PROVIDER = "auth-service";
    static final String CONSUMER = "gameplay-service";

    private static final String PLAYER_ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    private static final String INSTANCE_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    private static final String OTHER_INSTANCE_ID = "9b2f4c1e-5d6a-4e8b-8c7d-1a2b3c4d5e6f";
    private static final String CREDENTIAL_PATH = "/api/v1/auth/internal/pilots/${playerId}/credential";
    private static final String VERIFY_PATH = "/api/v1/auth/internal/sync-tokens/verify";
    private static final String EXAMPLE_SYNC_TOKEN = "eyJhbGciOiJSUzI1NiJ9.sync-token.signature";
    /** RFC 3339 UTC timestamps, any number of fraction digits (the spec's date-time). */
    private static final String RFC3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})";
    private static final String ISSUED_AT = "2026-11-27T12:00:00.123456Z";
    private static final String EXPIRES_AT = "2027-02-25T12:00:00.123456Z";

    // --- reading a credential -------------------------------------------------------------------

    @Pact(consumer = CONSUMER)
    V4Pact certifiedPilotCredential(PactDslWithProvider builder) {
        return builder
                .given("pilot holds an unexpired T2 credential")
                .uponReceiving("gameplay reads the credential of a certified pilot")
                .method("GET")
                .pathFromProviderState(CREDENTIAL_PATH, credentialPath(PLAYER_ID))
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(credential("T2", 8400))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "certifiedPilotCredential")
    void readsTheCredentialOfACertifiedPilot(MockServer auth) throws ApiException {
        PilotCredential credential = new PilotCredentialsApi(GameplayClients.auth(auth))
                .getPilotCredential(UUID.fromString(PLAYER_ID));

        assertThat(credential.getPlayerId()).isEqualTo(UUID.fromString(PLAYER_ID));
        assertThat(credential.getTier()).isEqualTo(PilotTier.T2);
        assertThat(credential.getExpiresAt()).isAfter(credential.getIssuedAt());
    }

    @Pact(consumer = CONSUMER)
    V4Pact pilotWithoutCredential(PactDslWithProvider builder) {
        return builder
                .given("pilot has no credential")
                .uponReceiving("gameplay reads the credential of a pilot who has none")
                .method("GET")
                .pathFromProviderState(CREDENTIAL_PATH, credentialPath(PLAYER_ID))
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .willRespondWith()
                .status(404)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(problem(404).stringType("code", "NOT_FOUND"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "pilotWithoutCredential")
    void aPilotWithoutCredentialIsNotFound(MockServer auth) {
        PilotCredentialsApi api = new PilotCredentialsApi(GameplayClients.auth(auth));

        assertThatThrownBy(() -> api.getPilotCredential(UUID.fromString(PLAYER_ID)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }

    // --- certification sets the tier -------------------------------------------------------------

    @Pact(consumer = CONSUMER)
    V4Pact certificationSetsTier(PactDslWithProvider builder) {
        return builder
                .given("pilot has no credential")
                .uponReceiving("gameplay records a passed Skyframe Academy certification at T3")
                .method("PUT")
                .pathFromProviderState(CREDENTIAL_PATH, credentialPath(PLAYER_ID))
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(certification("T3", 9100, true))
                .willRespondWith()
                .status(200)
                .body(credential("T3", 9100))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "certificationSetsTier")
    void aPassedCertificationSetsTheTier(MockServer auth) throws ApiException {
        PilotCredential credential = new PilotCredentialsApi(GameplayClients.auth(auth))
                .upsertPilotCredential(UUID.fromString(PLAYER_ID), new UpsertPilotCredentialRequest()
                        .tier(PilotTier.T3).score(9100).certificationPassed(true));

        assertThat(credential.getTier()).isEqualTo(PilotTier.T3);
        assertThat(credential.getScore()).isEqualTo(9100);
    }

    @Pact(consumer = CONSUMER)
    V4Pact highTierNeedsCertification(PactDslWithProvider builder) {
        return builder
                .given("pilot has no credential")
                .uponReceiving("gameplay asks for T2 without a passed certification")
                .method("PUT")
                .pathFromProviderState(CREDENTIAL_PATH, credentialPath(PLAYER_ID))
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(certification("T2", 5000, false))
                .willRespondWith()
                .status(422)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(problem(422).stringValue("code", "CERTIFICATION_REQUIRED"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "highTierNeedsCertification")
    void aHighTierWithoutCertificationIsRefused(MockServer auth) {
        PilotCredentialsApi api = new PilotCredentialsApi(GameplayClients.auth(auth));

        assertThatThrownBy(() -> api.upsertPilotCredential(UUID.fromString(PLAYER_ID),
                new UpsertPilotCredentialRequest().tier(PilotTier.T2).score(5000).certificationPassed(false)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("CERTIFICATION_REQUIRED");
                });
    }

    // --- sync tokens on join and reconnect -------------------------------------------------------

    @Pact(consumer = CONSUMER)
    V4Pact validSyncToken(PactDslWithProvider builder) {
        return builder
                .given("pilot holds a sync token for a raid instance")
                .uponReceiving("gameplay verifies the sync token a pilot joins with")
                .method("POST")
                .path(VERIFY_PATH)
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("token", "${syncToken}", EXAMPLE_SYNC_TOKEN)
                        .valueFromProviderState("instanceId", "${instanceId}", INSTANCE_ID))
                .willRespondWith()
                .status(200)
                .body(new PactDslJsonBody()
                        .booleanValue("valid", true)
                        .valueFromProviderState("playerId", "${playerId}", PLAYER_ID)
                        .valueFromProviderState("instanceId", "${instanceId}", INSTANCE_ID)
                        .stringValue("tier", "T2")
                        .stringMatcher("expiresAt", RFC3339, EXPIRES_AT))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "validSyncToken")
    void aValidSyncTokenNamesItsPilotInstanceAndTier(MockServer auth) throws ApiException {
        SyncTokenVerification verification = new SyncTokensApi(GameplayClients.auth(auth))
                .verifySyncToken(new VerifySyncTokenRequest()
                        .token(EXAMPLE_SYNC_TOKEN).instanceId(UUID.fromString(INSTANCE_ID)));

        assertThat(verification.getValid()).isTrue();
        assertThat(verification.getPlayerId()).isEqualTo(UUID.fromString(PLAYER_ID));
        assertThat(verification.getInstanceId()).isEqualTo(UUID.fromString(INSTANCE_ID));
        assertThat(verification.getTier()).isEqualTo(PilotTier.T2);
    }

    @Pact(consumer = CONSUMER)
    V4Pact syncTokenForAnotherInstance(PactDslWithProvider builder) {
        return builder
                .given("pilot holds a sync token for a raid instance")
                .uponReceiving("gameplay verifies a sync token presented to another instance")
                .method("POST")
                .path(VERIFY_PATH)
                .matchHeader("Authorization", "Bearer .+", GameplayClients.EXAMPLE_SERVICE_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .valueFromProviderState("token", "${syncToken}", EXAMPLE_SYNC_TOKEN)
                        .uuid("instanceId", UUID.fromString(OTHER_INSTANCE_ID)))
                .willRespondWith()
                .status(200)
                .body(new PactDslJsonBody()
                        .booleanValue("valid", false)
                        .stringValue("reason", "WRONG_INSTANCE"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "syncTokenForAnotherInstance")
    void aSyncTokenForAnotherInstanceIsRefused(MockServer auth) throws ApiException {
        SyncTokenVerification verification = new SyncTokensApi(GameplayClients.auth(auth))
                .verifySyncToken(new VerifySyncTokenRequest()
                        .token(EXAMPLE_SYNC_TOKEN).instanceId(UUID.fromString(OTHER_INSTANCE_ID)));

        assertThat(verification.getValid()).isFalse();
        assertThat(verification.getReason()).isEqualTo(SyncTokenInvalidReason.WRONG_INSTANCE);
    }

    /** A pilot credential as auth answers it; the player id is the provider state's. */
    private static PactDslJsonBody credential(String tier, int score) {
        return new PactDslJsonBody()
                .valueFromProviderState("playerId", "${playerId}", PLAYER_ID)
                .stringValue("tier", tier)
                .integerType("score", score)
                .stringMatcher("issuedAt", RFC3339, ISSUED_AT)
                .stringMatcher("expiresAt", RFC3339, EXPIRES_AT);
    }

    /** The body gameplay sends when a Skyframe Academy certification ends. */
    private static PactDslJsonBody certification(String tier, int score, boolean passed) {
        return new PactDslJsonBody()
                .stringValue("tier", tier)
                .integerType("score", score)
                .booleanValue("certificationPassed", passed);
    }

    private static String credentialPath(String playerId) {
        return CREDENTIAL_PATH.replace("${playerId}", playerId);
    }

    /** The RFC 9457 problem every error of every service answers with. */
    private static PactDslJsonBody problem(int status) {
        return new PactDslJsonBody()
                .stringType("type", "https://necpgame.dev/problems/example")
                .stringType("title", "Example problem")
                .numberValue("status", status);
    }
}
