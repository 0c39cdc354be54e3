package com.necpgame.auth.api;

import com.necpgame.auth.serviceclient.ServiceTokenService;
import com.necpgame.auth.keys.SigningKeys;
import com.necpgame.auth.mapping.AuthMapper;
import com.necpgame.auth.model.ServiceTokenRequestDto;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** getJwks and issueServiceToken. */
public final class KeysResource extends KeysService {
    private final SigningKeys keys;
    private final ServiceTokenService serviceTokens;
    private final AuthMapper mapper = AuthMapper.INSTANCE;

    public KeysResource(SigningKeys keys, ServiceTokenService serviceTokens) {
        this.keys = keys;
        this.serviceTokens = serviceTokens;
    }

    @Override
    protected void handleGetJwks(ServerRequest request, ServerResponse response) {
        // Verifiers may cache the set for up to 5 minutes (spec).
        response.header(HeaderNames.CACHE_CONTROL, "public, max-age=300");
        GetJwksOp.Response200.builder().response(mapper.jwkSet(keys.publicKeys())).send(response);
    }

    @Override
    protected void handleIssueServiceToken(ServerRequest request, ServerResponse response,
                                           ServiceTokenRequestDto body) {
        var token = serviceTokens.issue(body.getClientId(), body.getClientSecret());
        IssueServiceTokenOp.Response200.builder().response(mapper.serviceToken(token)).send(NoStore.apply(response));
    }
}
