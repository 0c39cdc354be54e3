package com.necpgame.auth;

import static com.necpgame.auth.TestAuthService.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.necpgame.auth.client.model.Jwk;
import com.necpgame.auth.client.model.JwkSet;
import com.necpgame.auth.client.model.ServiceToken;
import com.necpgame.auth.client.model.ServiceTokenRequest;
import com.necpgame.auth.client.model.TokenPair;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** The public key set, its rotation, and service tokens. Ordered: the last test moves the clock 30 days. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeysAndServiceTokensTest {
    private static final String AUTH = "/api/v1/auth";
    @AutoClose // one real service per class (PER_CLASS), stopped after its last test
    private final TestAuthService auth = new TestAuthService();

    private static RSAKey rsa(Jwk jwk) throws Exception {
        return RSAKey.parse(java.util.Map.of("kty", "RSA", "kid", jwk.getKid(), "n", jwk.getN(), "e", jwk.getE()));
    }

    @Test
    @Order(1)
    void jwksPublishesThePublicPartOfTheSigningKey() throws Exception {
        var reply = auth.http.get(AUTH + "/.well-known/jwks.json", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("\"d\"").doesNotContain("\"p\"").doesNotContain("\"q\"");
        JwkSet set = auth.keys().getJwks();
        assertThat(set.getKeys()).hasSize(1);

        TokenPair player = auth.newPlayer();
        SignedJWT jwt = SignedJWT.parse(player.getAccessToken());
        Jwk key = set.getKeys().getFirst();
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(key.getKid());
        assertThat(jwt.verify(new RSASSAVerifier(rsa(key)))).isTrue();
    }

    @Test
    @Order(2)
    void configuredServicesGetServiceTokens() throws Exception {
        var reply = auth.http.post(AUTH + "/service-tokens", "{\"clientId\":\"" + TestAuthService.GAMEPLAY_CLIENT
                + "\",\"clientSecret\":\"" + TestAuthService.GAMEPLAY_SECRET + "\"}", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).hasValue("no-store");
        ServiceToken token = auth.keys().issueServiceToken(new ServiceTokenRequest()
                .clientId(TestAuthService.GAMEPLAY_CLIENT).clientSecret(TestAuthService.GAMEPLAY_SECRET));
        assertThat(token.getExpiresIn()).isEqualTo(900);
        var claims = SignedJWT.parse(token.getAccessToken()).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(TestAuthService.GAMEPLAY_CLIENT);
        assertThat(claims.getStringClaim("scope")).isEqualTo("internal");
        assertThat(claims.getStringClaim("sid")).isNull();
    }

    @Test
    @Order(3)
    void wrongSecretAndUnknownClientGetTheSameAnswer() {
        auth.http.post(AUTH + "/service-tokens", "{\"clientId\":\"gameplay-service\","
                + "\"clientSecret\":\"wrong-secret-wrong-secret\"}", null)
                .assertProblem(401, "INVALID_CLIENT_CREDENTIALS");
        auth.http.post(AUTH + "/service-tokens", "{\"clientId\":\"economy-service\","
                + "\"clientSecret\":\"" + TestAuthService.GAMEPLAY_SECRET + "\"}", null)
                .assertProblem(401, "INVALID_CLIENT_CREDENTIALS");
    }

    @Test
    @Order(4)
    void keysRotateAfterThePeriodAndThePreviousKeyStaysPublished() throws Exception {
        // A token signed shortly before the rotation, with the key about to retire.
        auth.clock.advance(Duration.ofDays(30).minusMinutes(5));
        TokenPair before = auth.newPlayer();
        String oldKid = auth.keys().getJwks().getKeys().getFirst().getKid();
        assertThat(SignedJWT.parse(before.getAccessToken()).getHeader().getKeyID()).isEqualTo(oldKid);

        auth.clock.advance(Duration.ofMinutes(5));
        TokenPair after = auth.login(before.getAccount().getUsername());
        List<Jwk> keys = auth.keys().getJwks().getKeys();
        assertThat(keys).hasSize(2);
        String newKid = keys.getFirst().getKid();
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(keys.get(1).getKid()).isEqualTo(oldKid);
        assertThat(SignedJWT.parse(after.getAccessToken()).getHeader().getKeyID()).isEqualTo(newKid);

        // Tokens signed with the retired key still verify until they expire.
        assertThat(auth.accounts().getMe(bearer(before.getAccessToken())).getId())
                .isEqualTo(before.getAccount().getId());
        assertThat(auth.accounts().getMe(bearer(after.getAccessToken())).getId())
                .isEqualTo(before.getAccount().getId());

        // A second rotation drops the oldest key: the set holds the current and the previous key only.
        auth.clock.advance(Duration.ofDays(30));
        List<Jwk> later = auth.keys().getJwks().getKeys();
        assertThat(later).hasSize(2);
        assertThat(later.get(1).getKid()).isEqualTo(newKid);
        assertThat(later).extracting(Jwk::getKid).doesNotContain(oldKid);
    }
}
