package com.necpgame.auth;

import static com.necpgame.auth.TestAuthService.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.necpgame.auth.client.model.PilotCredential;
import com.necpgame.auth.client.model.PilotTier;
import com.necpgame.auth.client.model.SyncToken;
import com.necpgame.auth.client.model.SyncTokenInvalidReason;
import com.necpgame.auth.client.model.SyncTokenRequest;
import com.necpgame.auth.client.model.SyncTokenVerification;
import com.necpgame.auth.client.model.TokenPair;
import com.necpgame.auth.client.model.UpsertPilotCredentialRequest;
import com.necpgame.auth.client.model.VerifySyncTokenRequest;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Pilot credentials (internal upsert and reads) and quantum sync tokens (issue and verify) over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PilotCredentialsAndSyncTokensTest {
    private static final String AUTH = "/api/v1/auth";
    @AutoClose // one real service per class (PER_CLASS), stopped after its last test
    private final TestAuthService auth = new TestAuthService();

    /** A fresh service token: tests move the clock, and tokens expire by the service's clock. */
    private String serviceToken() throws Exception {
        return auth.serviceToken();
    }

    private PilotCredential upsert(TokenPair player, PilotTier tier) throws Exception {
        return auth.credentials().upsertPilotCredential(player.getAccount().getId(),
                new UpsertPilotCredentialRequest().tier(tier).score(48250).certificationPassed(true)
                        .certificationId(UUID.randomUUID()), bearer(serviceToken()));
    }

    private OffsetDateTime inFromNow(Duration duration) {
        return auth.clock.instant().plus(duration).atOffset(ZoneOffset.UTC);
    }

    private String syncRequest(UUID instance, String tier, OffsetDateTime windowEndsAt) {
        return "{\"instanceId\":\"" + instance + "\",\"requiredTier\":\"" + tier + "\",\"windowEndsAt\":\""
                + windowEndsAt + "\"}";
    }

    private SyncToken issue(TokenPair player, UUID instance, PilotTier required, Duration window) throws Exception {
        return auth.syncTokens().issueSyncToken(new SyncTokenRequest().instanceId(instance).requiredTier(required)
                .windowEndsAt(inFromNow(window)), bearer(player.getAccessToken()));
    }

    private SyncTokenVerification verify(String token, UUID instance) throws Exception {
        return auth.syncTokens().verifySyncToken(new VerifySyncTokenRequest().token(token).instanceId(instance),
                bearer(serviceToken()));
    }

    @Test
    void gameplayIssuesACredentialValidFor90DaysAndEveryoneReadsIt() throws Exception {
        TokenPair player = auth.newPlayer();
        PilotCredential issued = upsert(player, PilotTier.T2);
        assertThat(issued.getPlayerId()).isEqualTo(player.getAccount().getId());
        assertThat(issued.getTier()).isEqualTo(PilotTier.T2);
        assertThat(Duration.between(issued.getIssuedAt(), issued.getExpiresAt())).isEqualTo(Duration.ofDays(90));

        PilotCredential mine = auth.credentials().getMyPilotCredential(bearer(player.getAccessToken()));
        PilotCredential internal = auth.credentials().getPilotCredential(player.getAccount().getId(),
                bearer(serviceToken()));
        assertThat(mine.getTier()).isEqualTo(PilotTier.T2);
        assertThat(internal.getScore()).isEqualTo(48250);

        // An update replaces it (at most one per player).
        PilotCredential updated = upsert(player, PilotTier.T3);
        assertThat(auth.credentials().getMyPilotCredential(bearer(player.getAccessToken())).getTier())
                .isEqualTo(PilotTier.T3);
        assertThat(updated.getExpiresAt()).isAfterOrEqualTo(issued.getExpiresAt());
    }

    @Test
    void highTiersNeedAPassedCertification() throws Exception {
        TokenPair player = auth.newPlayer();
        String path = AUTH + "/internal/pilots/" + player.getAccount().getId() + "/credential";
        auth.http.put(path, "{\"tier\":\"T2\",\"score\":10,\"certificationPassed\":false}", serviceToken())
                .assertProblem(422, "CERTIFICATION_REQUIRED");
        auth.http.get(path, serviceToken()).assertProblem(404, "CREDENTIAL_NOT_FOUND"); // nothing changed
        assertThat(auth.http.put(path, "{\"tier\":\"T1\",\"score\":10,\"certificationPassed\":false}", serviceToken())
                .status()).isEqualTo(200);
    }

    @Test
    void unknownAccountsAndMissingCredentials() throws Exception {
        String unknown = AUTH + "/internal/pilots/" + UUID.randomUUID() + "/credential";
        auth.http.put(unknown, "{\"tier\":\"T1\",\"score\":10,\"certificationPassed\":true}", serviceToken())
                .assertProblem(404, "ACCOUNT_NOT_FOUND");
        auth.http.get(unknown, serviceToken()).assertProblem(404, "CREDENTIAL_NOT_FOUND");
        TokenPair player = auth.newPlayer();
        auth.http.get(AUTH + "/pilot-credential", player.getAccessToken()).assertProblem(404, "CREDENTIAL_NOT_FOUND");
    }

    @Test
    void internalOperationsRefusePlayers() throws Exception {
        TokenPair player = auth.newPlayer();
        String path = AUTH + "/internal/pilots/" + player.getAccount().getId() + "/credential";
        auth.http.get(path, player.getAccessToken()).assertProblem(403, null);
        auth.http.put(path, "{\"tier\":\"T1\",\"score\":10,\"certificationPassed\":true}", player.getAccessToken())
                .assertProblem(403, null);
        auth.http.post(AUTH + "/internal/sync-tokens/verify", "{\"token\":\"x\",\"instanceId\":\""
                + UUID.randomUUID() + "\"}", player.getAccessToken()).assertProblem(403, null);
        auth.http.get(path, null).assertProblem(401, null);
        // and players' own operations refuse service tokens
        auth.http.get(AUTH + "/pilot-credential", serviceToken()).assertProblem(403, null);
    }

    @Test
    void syncTokenCarriesItsClaimsAndVerifies() throws Exception {
        TokenPair player = auth.newPlayer();
        upsert(player, PilotTier.T2);
        UUID instance = UUID.randomUUID();
        SyncToken token = issue(player, instance, PilotTier.T1, Duration.ofHours(2));
        assertThat(token.getTier()).isEqualTo(PilotTier.T2); // the pilot's tier, not the required one
        assertThat(token.getPlayerId()).isEqualTo(player.getAccount().getId());
        assertThat(token.getExpiresAt().toInstant())
                .isEqualTo(auth.clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(10)));
        var claims = SignedJWT.parse(token.getToken()).getJWTClaimsSet();
        assertThat(claims.getStringClaim("scope")).isEqualTo("quantum-sync");
        assertThat(claims.getStringClaim("instance")).isEqualTo(instance.toString());

        SyncTokenVerification valid = verify(token.getToken(), instance);
        assertThat(valid.getValid()).isTrue();
        assertThat(valid.getPlayerId()).isEqualTo(player.getAccount().getId());
        assertThat(valid.getTier()).isEqualTo(PilotTier.T2);
        assertThat(valid.getReason()).isNull();
        assertThat(verify(token.getToken(), instance).getValid()).as("not single-use").isTrue();

        assertThat(verify(token.getToken(), UUID.randomUUID()).getReason())
                .isEqualTo(SyncTokenInvalidReason.WRONG_INSTANCE);
        String tampered = token.getToken().substring(0, token.getToken().length() - 4)
                + (token.getToken().endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(verify(tampered, instance).getReason()).isEqualTo(SyncTokenInvalidReason.INVALID_SIGNATURE);
        assertThat(verify("not-a-token", instance).getReason()).isEqualTo(SyncTokenInvalidReason.MALFORMED);
        assertThat(verify(player.getAccessToken(), instance).getReason())
                .as("an access token is no sync token").isEqualTo(SyncTokenInvalidReason.MALFORMED);
        // and a sync token is no bearer token
        auth.http.get(AUTH + "/me", token.getToken()).assertProblem(401, null);
        // the refusal body conforms to the spec too
        auth.http.post(AUTH + "/internal/sync-tokens/verify", "{\"token\":\"garbage\",\"instanceId\":\""
                + instance + "\"}", serviceToken());
    }

    @Test
    void syncTokenEndsWithTheRaidWindowAndExpires() throws Exception {
        TokenPair player = auth.newPlayer();
        upsert(player, PilotTier.T3);
        UUID instance = UUID.randomUUID();
        SyncToken shortWindow = issue(player, instance, PilotTier.T3, Duration.ofMinutes(3));
        assertThat(shortWindow.getExpiresAt().toInstant())
                .isEqualTo(auth.clock.instant().plus(Duration.ofMinutes(3)).truncatedTo(ChronoUnit.SECONDS));
        SyncToken full = issue(player, instance, PilotTier.T3, Duration.ofHours(1));

        auth.clock.advance(Duration.ofMinutes(4));
        assertThat(verify(shortWindow.getToken(), instance).getReason()).isEqualTo(SyncTokenInvalidReason.EXPIRED);
        assertThat(verify(full.getToken(), instance).getValid()).isTrue();
        auth.clock.advance(Duration.ofMinutes(7));
        assertThat(verify(full.getToken(), instance).getReason()).isEqualTo(SyncTokenInvalidReason.EXPIRED);
    }

    @Test
    void syncTokenNeedsAnUnexpiredCredentialOfTheRequiredTier() throws Exception {
        TokenPair player = auth.newPlayer();
        UUID instance = UUID.randomUUID();
        String path = AUTH + "/sync-tokens";
        auth.http.post(path, syncRequest(instance, "T1", inFromNow(Duration.ofHours(1))), player.getAccessToken())
                .assertProblem(403, "CREDENTIAL_MISSING");
        upsert(player, PilotTier.T2);
        auth.http.post(path, syncRequest(instance, "T3", inFromNow(Duration.ofHours(1))), player.getAccessToken())
                .assertProblem(403, "CREDENTIAL_TIER_TOO_LOW");
        assertThat(auth.http.post(path, syncRequest(instance, "T2", inFromNow(Duration.ofHours(1))),
                player.getAccessToken()).status()).isEqualTo(201);

        auth.clock.advance(Duration.ofDays(90));
        TokenPair later = auth.login(player.getAccount().getUsername());
        auth.http.post(path, syncRequest(instance, "T1", inFromNow(Duration.ofHours(1))), later.getAccessToken())
                .assertProblem(403, "CREDENTIAL_EXPIRED");
    }

    @Test
    void raidWindowMustBeAheadAndWithinSixHours() throws Exception {
        TokenPair player = auth.newPlayer();
        upsert(player, PilotTier.T1);
        UUID instance = UUID.randomUUID();
        String path = AUTH + "/sync-tokens";
        auth.http.post(path, syncRequest(instance, "T1", inFromNow(Duration.ofMinutes(-1))), player.getAccessToken())
                .assertProblem(422, "SYNC_WINDOW_INVALID");
        auth.http.post(path, syncRequest(instance, "T1", inFromNow(Duration.ofHours(6).plusMinutes(1))),
                player.getAccessToken()).assertProblem(422, "SYNC_WINDOW_INVALID");
        assertThat(auth.http.post(path, syncRequest(instance, "T1", inFromNow(Duration.ofHours(6))),
                player.getAccessToken()).status()).isEqualTo(201);
    }
}
