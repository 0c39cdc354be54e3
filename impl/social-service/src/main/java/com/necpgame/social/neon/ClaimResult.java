package com.necpgame.social.neon;

/** A claim as answered: the first time, or replayed for a repeated Idempotency-Key. */
public record ClaimResult(RewardClaim claim, boolean replayed) {
}
