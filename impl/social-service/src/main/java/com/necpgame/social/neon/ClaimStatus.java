package com.necpgame.social.neon;

/** PENDING until economy-service confirmed the grant, then GRANTED. */
public enum ClaimStatus {
    PENDING, GRANTED
}
