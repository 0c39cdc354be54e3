package com.necpgame.gameplay.remote;

import java.util.Optional;
import java.util.UUID;

import com.necpgame.auth.client.ApiException;
import com.necpgame.auth.client.api.PilotCredentialsApi;
import com.necpgame.auth.client.api.SyncTokensApi;
import com.necpgame.auth.client.model.PilotCredential;
import com.necpgame.auth.client.model.SyncTokenVerification;
import com.necpgame.auth.client.model.VerifySyncTokenRequest;
import com.necpgame.gameplay.raid.PilotCredentials;
import com.necpgame.gameplay.raid.RaidTypes.Tier;

/** Pilot credentials and sync tokens from auth-service ({@code getPilotCredential}, {@code verifySyncToken}). */
public final class AuthPilots implements PilotCredentials {
    private final PilotCredentialsApi credentials;
    private final SyncTokensApi syncTokens;

    public AuthPilots(Callees callees) {
        this.credentials = new PilotCredentialsApi(callees.auth());
        this.syncTokens = new SyncTokensApi(callees.auth());
    }

    @Override
    public Optional<Credential> credential(UUID playerId) {
        try {
            PilotCredential found = credentials.getPilotCredential(playerId);
            return Optional.of(new Credential(Tier.valueOf(found.getTier().getValue()),
                    found.getExpiresAt().toInstant()));
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return Optional.empty();
            }
            throw Remote.unavailable("auth-service", e.getCode());
        }
    }

    @Override
    public SyncCheck verifySyncToken(String token, UUID instanceId) {
        try {
            SyncTokenVerification verdict = syncTokens.verifySyncToken(new VerifySyncTokenRequest().token(token)
                    .instanceId(instanceId));
            return new SyncCheck(Boolean.TRUE.equals(verdict.getValid()),
                    verdict.getReason() == null ? null : verdict.getReason().getValue(), verdict.getPlayerId());
        } catch (ApiException e) {
            throw Remote.unavailable("auth-service", e.getCode());
        }
    }
}
