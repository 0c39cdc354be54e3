package com.necpgame.auth.keys;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;

import com.necpgame.platform.db.Rows;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;

/**
 * SQL on {@code signing_keys}: the public part as a JWK (JSON), the private key as PKCS#8 DER. The private key is
 * not encrypted at rest: protecting it is left to the database's access control for now.
 */
public final class SigningKeyRepository {

    /** Takes the table lock that serializes key creation between instances (until the transaction ends). */
    public void lock(DbExecute tx) {
        tx.namedDml("signing-keys-lock");
    }

    /** The current key first, then the one before it, if any. */
    public List<SigningKey> newest(DbExecute db) {
        return db.createNamedQuery("signing-keys-newest").execute().map(SigningKeyRepository::signingKey).toList();
    }

    public void insert(DbExecute tx, SigningKey key) {
        byte[] privateKey;
        try {
            privateKey = key.key().toRSAPrivateKey().getEncoded();
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing key " + key.kid() + " has no usable private key", e);
        }
        tx.createNamedInsert("signing-key-insert")
                .addParam("kid", key.kid())
                .addParam("publicJwk", key.publicKey().toJSONString())
                .addParam("privateKey", privateKey)
                .addParam("createdAt", Rows.param(key.createdAt()))
                .execute();
    }

    public void retireCurrent(DbExecute tx, Instant now) {
        tx.createNamedUpdate("signing-key-retire-current").addParam("now", Rows.param(now)).execute();
    }

    private static SigningKey signingKey(DbRow row) {
        try {
            RSAKey publicKey = RSAKey.parse(Rows.string(row, "public_jwk"));
            RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Rows.bytes(row, "private_key")));
            RSAKey key = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
            return new SigningKey(key, Rows.instant(row, "created_at"), Rows.optionalInstant(row, "retired_at"));
        } catch (ParseException | GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + row.column("kid").get() + " cannot be read", e);
        }
    }
}
