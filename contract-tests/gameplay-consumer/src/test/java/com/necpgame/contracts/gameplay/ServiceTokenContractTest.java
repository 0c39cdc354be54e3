package com.necpgame.contracts.gameplay;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.auth.client.ApiClient;
import com.necpgame.auth.client.ApiException;
import com.necpgame.auth.client.api.KeysApi;
import com.necpgame.auth.client.model.Jwk;
import com.necpgame.auth.client.model.JwkSet;
import com.necpgame.auth.client.model.ServiceToken;
import com.necpgame.auth.client.model.ServiceTokenRequest;
import com.necpgame.auth.client.model.TokenType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every service asks of auth-service before it calls or is called by another, shown for gameplay-service:
 * it takes a service token with its client credentials (the platform's {@code ServiceTokens}; a wrong secret is
 * 401 INVALID_CLIENT_CREDENTIALS) and fetches the key set that verifies every token (the platform's
 * {@code TokenVerifier}). Both operations are public ({@code security: []}), so the requests carry no
 * Authorization. The secret in the pact is an example: auth-provider makes up the client's real secret for the
 * run and hands it to the interaction through the provider state, so no usable secret is ever committed.
 */
@PactConsumerTest
@PactTestFor(providerName = AuthPilotContractTest.PROVIDER)
class ServiceTokenContractTest {

    private static final String CLIENT_ID = "gameplay-service";
    /** Stands for gameplay's real client secret, which only the provider state knows. */
    private static final String EXAMPLE_SECRET = "s3rv1ce-secret-for-gameplay-0001";
    private static final String WRONG_SECRET = "not-the-secret-of-gameplay-2077";
    private static final String SERVICE_CLIENT = "gameplay-service is a service client of auth";
    private static final String JWT = "[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+";
    private static final String BASE64URL = "[A-Za-z0-9_-]+";
    private static final String EXAMPLE_TOKEN =
            "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJnYW1lcGxheS1zZXJ2aWNlIiwic2NvcGUiOiJpbnRlcm5hbCJ9.c2lnbmF0dXJl";

    @Pact(consumer = AuthPilotContractTest.CONSUMER)
    V4Pact serviceToken(PactDslWithProvider builder) {
        return builder
                .given(SERVICE_CLIENT)
                .uponReceiving("gameplay takes a service token with its client credentials")
                .method("POST")
                .path("/api/v1/auth/service-tokens")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("clientId", CLIENT_ID)
                        .valueFromProviderState("clientSecret", "${clientSecret}", EXAMPLE_SECRET))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringMatcher("accessToken", JWT, EXAMPLE_TOKEN)
                        .stringValue("tokenType", "Bearer")
                        .integerType("expiresIn", 900)
                        .stringValue("scope", "internal"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "serviceToken")
    void theClientCredentialsBuyAnInternalToken(MockServer auth) throws ApiException {
        ServiceToken token = keys(auth).issueServiceToken(credentials(EXAMPLE_SECRET));

        assertThat(token.getAccessToken()).matches(JWT);
        assertThat(token.getTokenType()).isEqualTo(TokenType.BEARER);
        assertThat(token.getExpiresIn()).isPositive();
        assertThat(token.getScope()).isEqualTo(ServiceToken.ScopeEnum.INTERNAL);
    }

    @Pact(consumer = AuthPilotContractTest.CONSUMER)
    V4Pact wrongSecret(PactDslWithProvider builder) {
        return builder
                .given(SERVICE_CLIENT)
                .uponReceiving("gameplay asks for a service token with a wrong secret")
                .method("POST")
                .path("/api/v1/auth/service-tokens")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody()
                        .stringValue("clientId", CLIENT_ID)
                        .stringValue("clientSecret", WRONG_SECRET))
                .willRespondWith()
                .status(401)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(Problems.problem(401).stringValue("code", "INVALID_CLIENT_CREDENTIALS"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "wrongSecret")
    void aWrongSecretIsInvalidClientCredentials(MockServer auth) {
        KeysApi api = keys(auth);

        assertThatThrownBy(() -> api.issueServiceToken(credentials(WRONG_SECRET)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(401);
                    assertThat(e.getResponseBody()).contains("INVALID_CLIENT_CREDENTIALS");
                });
    }

    @Pact(consumer = AuthPilotContractTest.CONSUMER)
    V4Pact keySet(PactDslWithProvider builder) {
        PactDslJsonBody set = new PactDslJsonBody();
        set.minMaxArrayLike("keys", 1, 2, 1)
                .stringValue("kty", "RSA")
                .stringMatcher("kid", "[A-Za-z0-9._-]+", "auth-2026-11")
                .stringValue("use", "sig")
                .stringValue("alg", "RS256")
                .stringMatcher("n", BASE64URL, "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7")
                .stringMatcher("e", BASE64URL, "AQAB")
                .closeObject()
                .closeArray();
        return builder
                .uponReceiving("gameplay fetches the key set that verifies every token")
                .method("GET")
                .path("/api/v1/auth/.well-known/jwks.json")
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(set)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "keySet")
    void theKeySetHoldsTheRsaSigningKey(MockServer auth) throws ApiException {
        JwkSet set = keys(auth).getJwks();

        assertThat(set.getKeys()).isNotEmpty().allSatisfy(key -> {
            assertThat(key.getKty()).isEqualTo(Jwk.KtyEnum.RSA);
            assertThat(key.getUse()).isEqualTo(Jwk.UseEnum.SIG);
            assertThat(key.getAlg()).isEqualTo(Jwk.AlgEnum.RS256);
            assertThat(key.getKid()).isNotBlank();
            assertThat(key.getN()).matches(BASE64URL);
            assertThat(key.getE()).isEqualTo("AQAB");
        });
    }

    private static ServiceTokenRequest credentials(String secret) {
        return new ServiceTokenRequest().clientId(CLIENT_ID).clientSecret(secret);
    }

    /** The auth client as the platform calls these public operations: no bearer token. */
    private static KeysApi keys(MockServer auth) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(auth.getUrl());
        return new KeysApi(client);
    }
}
