package com.necpgame.auth.token;

import com.nimbusds.jose.JOSEObjectType;

/** The kinds of tokens auth-service signs, told apart by the {@code scope} claim and the {@code typ} header. */
public final class Scopes {
    /** Access tokens of players (login, refresh). */
    public static final String PLAYER = "player";
    /** Service tokens (client credentials), required by internal operations. */
    public static final String INTERNAL = "internal";
    /** Quantum sync tokens; never accepted as bearer tokens. */
    public static final String QUANTUM_SYNC = "quantum-sync";

    /** {@code typ} of bearer tokens (access and service tokens): the plain type every verifier accepts. */
    public static final JOSEObjectType BEARER_TYPE = JOSEObjectType.JWT;
    /**
     * {@code typ} of quantum sync tokens. Bearer-token verifiers (nimbus' default type check) accept only
     * {@code JWT} or no type, so a sync token fails there even before its scope is looked at.
     */
    public static final JOSEObjectType SYNC_TYPE = new JOSEObjectType("necp-sync+jwt");

    private Scopes() {
    }
}
