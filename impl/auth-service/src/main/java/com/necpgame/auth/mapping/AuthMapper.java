package com.necpgame.auth.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.auth.account.Account;
import com.necpgame.auth.model.AccountDto;
import com.necpgame.auth.model.JwkDto;
import com.necpgame.auth.model.JwkSetDto;
import com.necpgame.auth.model.PilotCredentialDto;
import com.necpgame.auth.model.ServiceTokenDto;
import com.necpgame.auth.model.SyncTokenDto;
import com.necpgame.auth.model.SyncTokenInvalidReasonDto;
import com.necpgame.auth.model.SyncTokenVerificationDto;
import com.necpgame.auth.model.TokenPairDto;
import com.necpgame.auth.model.TokenTypeDto;
import com.necpgame.auth.pilot.PilotCredential;
import com.necpgame.auth.session.IssuedSession;
import com.necpgame.auth.sync.IssuedSyncToken;
import com.necpgame.auth.sync.SyncTokenVerification;
import com.necpgame.auth.token.IssuedToken;
import com.nimbusds.jose.jwk.RSAKey;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Domain records to the generated API models. Times go out as UTC offsets. */
@Mapper(imports = TokenTypeDto.class)
public interface AuthMapper {
    AuthMapper INSTANCE = Mappers.getMapper(AuthMapper.class);

    AccountDto account(Account account);

    PilotCredentialDto pilotCredential(PilotCredential credential);

    SyncTokenDto syncToken(IssuedSyncToken token);

    @Mapping(target = "accessToken", source = "accessToken.value")
    @Mapping(target = "tokenType", expression = "java(TokenTypeDto.BEARER)")
    @Mapping(target = "expiresIn", expression = "java(seconds(session.accessToken()))")
    @Mapping(target = "refreshExpiresIn", expression = "java((int) session.refreshLifetime().toSeconds())")
    TokenPairDto tokenPair(IssuedSession session);

    default ServiceTokenDto serviceToken(IssuedToken token) {
        return new ServiceTokenDto(token.value(), TokenTypeDto.BEARER, seconds(token), ServiceTokenDto.ScopeEnum.INTERNAL);
    }

    default SyncTokenVerificationDto verification(SyncTokenVerification verification) {
        SyncTokenVerificationDto dto = new SyncTokenVerificationDto();
        switch (verification) {
            case SyncTokenVerification.Valid valid -> {
                dto.setValid(true);
                dto.setPlayerId(valid.playerId());
                dto.setInstanceId(valid.instanceId());
                dto.setTier(com.necpgame.auth.model.PilotTierDto.valueOf(valid.tier().name()));
                dto.setExpiresAt(offset(valid.expiresAt()));
            }
            case SyncTokenVerification.Invalid invalid -> {
                dto.setValid(false);
                dto.setReason(SyncTokenInvalidReasonDto.valueOf(invalid.reason().name()));
            }
        }
        return dto;
    }

    default JwkSetDto jwkSet(List<RSAKey> keys) {
        return new JwkSetDto(keys.stream().map(this::jwk).toList());
    }

    default JwkDto jwk(RSAKey key) {
        return new JwkDto(JwkDto.KtyEnum.RSA, key.getKeyID(), JwkDto.UseEnum.SIG, JwkDto.AlgEnum.RS256,
                key.getModulus().toString(), key.getPublicExponent().toString());
    }

    default int seconds(IssuedToken token) {
        return (int) token.lifetime().toSeconds();
    }

    default OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    default UUID uuid(Optional<UUID> value) {
        return value.orElse(null);
    }
}
