package com.necpgame.platform.security;

import java.security.Key;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * Keeps the verification keys found for each {@code kid}: nimbus' selector builds a new key set and a new
 * {@code RSAPublicKey} from the JWK on every token, which cost more than the signature check itself. A kid whose
 * lookup found nothing is not kept (the next token asks again, so a rotated-in key is found), and kept keys are
 * looked up again after {@link #TTL_NANOS}, so a key withdrawn from the set stops verifying new tokens then.
 */
final class KeysByKid implements JWSKeySelector<SecurityContext> {
    static final long TTL_NANOS = 5L * 60 * 1_000_000_000;
    private static final int MAX_KIDS = 64;

    private record Found(List<? extends Key> keys, long until) {
    }

    private final JWSKeySelector<SecurityContext> delegate;
    private final Map<String, Found> byKid = new ConcurrentHashMap<>();

    KeysByKid(JWSKeySelector<SecurityContext> delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<? extends Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
        String kid = header.getKeyID();
        if (kid == null) {
            return delegate.selectJWSKeys(header, context);
        }
        // The algorithm is part of the key: a token naming a known kid with another alg is asked about anew.
        String slot = header.getAlgorithm().getName() + " " + kid;
        Found found = byKid.get(slot);
        long now = System.nanoTime();
        if (found != null && now - found.until() < 0) {
            return found.keys();
        }
        List<? extends Key> keys = delegate.selectJWSKeys(header, context);
        if (!keys.isEmpty()) {
            if (byKid.size() >= MAX_KIDS) {
                byKid.clear(); // many kids means someone is probing; keys are cheap to find again
            }
            byKid.put(slot, new Found(List.copyOf(keys), now + TTL_NANOS));
        }
        return keys;
    }
}
