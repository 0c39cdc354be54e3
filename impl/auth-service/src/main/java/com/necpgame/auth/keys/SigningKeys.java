package com.necpgame.auth.keys;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.security.SecureRandom;

import com.necpgame.platform.db.Transactions;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.helidon.dbclient.DbClient;

/**
 * The signing keys of auth-service, kept in the database so that every instance signs with the same current key
 * and publishes the same set: the current key and the previous one.
 * <p>
 * A first key is created at start when there is none. A new current key is created when the current one is older
 * than the rotation period; the check runs whenever a key is needed (signing, publishing), so no scheduler is
 * involved. Instances coordinate through a table lock, and an instance that meets a key id it does not know (a key
 * another instance just created) reloads the set.
 */
public final class SigningKeys {
    private static final System.Logger LOG = System.getLogger(SigningKeys.class.getName());
    private static final int RSA_BITS = 2048;
    // An unknown kid reloads the set at most this often, so tokens with made-up kids cannot hammer the database.
    private static final Duration RELOAD_INTERVAL = Duration.ofSeconds(5);
    private static final DateTimeFormatter KID_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
            .withZone(ZoneOffset.UTC);

    private final DbClient db;
    private final SigningKeyRepository repository;
    private final Clock clock;
    private final Duration rotationPeriod;
    private final SecureRandom random = new SecureRandom();

    private volatile List<SigningKey> keys = List.of(); // current first
    private volatile Instant lastReload = Instant.MIN;

    public SigningKeys(DbClient db, SigningKeyRepository repository, Clock clock, Duration rotationPeriod) {
        this.db = db;
        this.repository = repository;
        this.clock = clock;
        this.rotationPeriod = KeyRotation.validPeriod(rotationPeriod);
    }

    /** The key to sign with now; rotates first when the current key is due. */
    public SigningKey current() {
        List<SigningKey> known = keys;
        if (known.isEmpty() || KeyRotation.newKeyDue(Optional.of(known.getFirst().createdAt()), clock.instant(),
                rotationPeriod)) {
            known = rotateIfDue();
        }
        return known.getFirst();
    }

    /** The published set: the current key first, then the previous one if there is one. Public parts only. */
    public List<RSAKey> publicKeys() {
        current();
        return keys.stream().map(SigningKey::publicKey).toList();
    }

    /** The public keys as a nimbus key source, for the platform's token verification and sync-token checks. */
    public JWKSource<SecurityContext> jwkSource() {
        return (selector, context) -> select(selector);
    }

    private List<JWK> select(JWKSelector selector) {
        List<JWK> matched = selector.select(new JWKSet(new ArrayList<JWK>(publicKeys())));
        if (matched.isEmpty() && reloadAllowed()) {
            reload();
            matched = selector.select(new JWKSet(new ArrayList<JWK>(publicKeys())));
        }
        return matched;
    }

    private synchronized List<SigningKey> rotateIfDue() {
        Instant now = clock.instant();
        List<SigningKey> latest = Transactions.inTransaction(db, tx -> {
            repository.lock(tx);
            List<SigningKey> stored = repository.newest(tx);
            Optional<Instant> currentCreated = stored.isEmpty() ? Optional.empty()
                    : Optional.of(stored.getFirst().createdAt());
            if (!KeyRotation.newKeyDue(currentCreated, now, rotationPeriod)) {
                return stored; // another instance (or an earlier call) rotated already
            }
            repository.retireCurrent(tx, now);
            SigningKey created = generate(now);
            repository.insert(tx, created);
            LOG.log(System.Logger.Level.INFO, "Created signing key " + created.kid()
                    + (stored.isEmpty() ? " (first key)" : ", retired " + stored.getFirst().kid()));
            return repository.newest(tx);
        });
        keys = latest;
        lastReload = now;
        return latest;
    }

    private synchronized void reload() {
        keys = repository.newest(db.execute());
        lastReload = clock.instant();
    }

    private boolean reloadAllowed() {
        return !clock.instant().isBefore(lastReload.plus(RELOAD_INTERVAL));
    }

    private SigningKey generate(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS, random);
            var pair = generator.generateKeyPair();
            byte[] suffix = new byte[4];
            random.nextBytes(suffix);
            String kid = "auth-" + KID_DATE.format(now) + "-" + HexFormat.of().formatHex(suffix);
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(kid)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
            return new SigningKey(key, now, Optional.empty());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }
}
