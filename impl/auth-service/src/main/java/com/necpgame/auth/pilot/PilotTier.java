package com.necpgame.auth.pilot;

/** Pilot credential tiers, ordered T1 < T2 < T3. T2 and T3 require a passed Skyframe Academy certification. */
public enum PilotTier {
    T1,
    T2,
    T3;

    /** Whether this tier satisfies a requirement of {@code required} (same or higher). */
    public boolean atLeast(PilotTier required) {
        return compareTo(required) >= 0;
    }

    public boolean requiresCertification() {
        return this != T1;
    }
}
