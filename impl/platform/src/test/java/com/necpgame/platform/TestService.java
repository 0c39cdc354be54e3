package com.necpgame.platform;

import java.util.Optional;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.helidon.webserver.http.HttpRouting;

/** A service as the platform sees it: the test spec, schema {@code widgets}, the handlers of {@link TestHandlers}. */
final class TestService implements ServiceDefinition {
    private final RSAKey signingKey;

    /** @param signingKey whose public half verifies tokens locally; null to use the remote JWKS */
    TestService(RSAKey signingKey) {
        this.signingKey = signingKey;
    }

    @Override
    public String name() {
        return "test-service";
    }

    @Override
    public String schema() {
        return "widgets";
    }

    @Override
    public void routing(HttpRouting.Builder routing, PlatformContext ctx) {
        routing.register(new TestHandlers(ctx));
    }

    @Override
    public Optional<JWKSource<SecurityContext>> localKeys(PlatformContext ctx) {
        return Optional.ofNullable(signingKey).map(key -> new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())));
    }
}
