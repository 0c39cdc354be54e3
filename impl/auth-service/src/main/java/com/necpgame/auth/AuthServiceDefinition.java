package com.necpgame.auth;

import java.util.Optional;

import com.necpgame.auth.account.AccountRepository;
import com.necpgame.auth.account.AccountService;
import com.necpgame.auth.account.PasswordHasher;
import com.necpgame.auth.api.AccountsResource;
import com.necpgame.auth.api.KeysResource;
import com.necpgame.auth.api.PilotCredentialsResource;
import com.necpgame.auth.api.SessionsResource;
import com.necpgame.auth.api.SyncTokensResource;
import com.necpgame.auth.serviceclient.ServiceTokenService;
import com.necpgame.auth.keys.SigningKeyRepository;
import com.necpgame.auth.keys.SigningKeys;
import com.necpgame.auth.pilot.PilotCredentialRepository;
import com.necpgame.auth.pilot.PilotCredentialService;
import com.necpgame.auth.session.RefreshTokens;
import com.necpgame.auth.session.SessionRepository;
import com.necpgame.auth.session.SessionService;
import com.necpgame.auth.sync.SyncTokenService;
import com.necpgame.auth.token.TokenFactory;
import com.necpgame.platform.PlatformContext;
import com.necpgame.platform.ServiceDefinition;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.helidon.webserver.http.HttpRouting;

/** auth-service on the platform: schema {@code auth}, its five resources, and its own keys for token checks. */
public final class AuthServiceDefinition implements ServiceDefinition {
    static final String BASE_PATH = "/api/v1/auth";

    private Components components;

    @Override
    public String name() {
        return "auth-service";
    }

    @Override
    public String schema() {
        return "auth";
    }

    @Override
    public Optional<JWKSource<SecurityContext>> localKeys(PlatformContext ctx) {
        return Optional.of(components(ctx).signingKeys.jwkSource());
    }

    @Override
    public void routing(HttpRouting.Builder routing, PlatformContext ctx) {
        Components c = components(ctx);
        routing.register(BASE_PATH, new AccountsResource(c.accounts, c.sessions))
                .register(BASE_PATH, new SessionsResource(c.sessions))
                .register(BASE_PATH, new KeysResource(c.signingKeys, c.serviceTokens))
                .register(BASE_PATH, new PilotCredentialsResource(c.credentials, c.sessions))
                .register(BASE_PATH, new SyncTokensResource(c.syncTokens, c.sessions));
    }

    /** The platform asks for keys before routing; both must see the same objects of this start. */
    private synchronized Components components(PlatformContext ctx) {
        if (components == null || components.context != ctx) {
            components = new Components(ctx, AuthSettings.from(ctx.config()));
        }
        return components;
    }

    /** Everything of one start, wired by hand: few enough parts that a container would only hide them. */
    private static final class Components {
        final PlatformContext context;
        final SigningKeys signingKeys;
        final AccountService accounts;
        final SessionService sessions;
        final ServiceTokenService serviceTokens;
        final PilotCredentialService credentials;
        final SyncTokenService syncTokens;

        Components(PlatformContext ctx, AuthSettings settings) {
            this.context = ctx;
            var db = ctx.db();
            var clock = ctx.clock();
            this.signingKeys = new SigningKeys(db, new SigningKeyRepository(), clock, settings.rotationPeriod());
            signingKeys.current(); // creates the first key at first start, rotates a stale one
            TokenFactory tokens = new TokenFactory(signingKeys::current, clock, settings.issuer());
            PasswordHasher hasher = new PasswordHasher(settings.argon2(), settings.hashSlots());
            AccountRepository accountRepository = new AccountRepository();
            this.accounts = new AccountService(db, accountRepository, hasher, clock);
            this.sessions = new SessionService(db, accountRepository, new SessionRepository(), hasher,
                    new RefreshTokens(), tokens, clock);
            this.serviceTokens = new ServiceTokenService(settings.serviceClients(), tokens);
            this.credentials = new PilotCredentialService(db, new PilotCredentialRepository(), clock);
            this.syncTokens = new SyncTokenService(credentials, tokens, signingKeys.jwkSource(), clock);
        }
    }
}
