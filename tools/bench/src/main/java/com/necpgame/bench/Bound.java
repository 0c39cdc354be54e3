package com.necpgame.bench;

/**
 * The bound of an endpoint: client, service and database share the same cores, so the time a request costs in each
 * baseline adds up, and the best the endpoint can do is L = 1 / (1/T_bare + 1/T_1 + ...), where T_bare is the bare
 * handler's throughput at the same connections and body size and T_i the throughput of each resource the request
 * needs alone (pgbench of its SQL at the pool's connections, the Argon2 hash rate for a login).
 */
public final class Bound {
    private Bound() {
    }

    /** L for the given baseline throughputs (all per second, all positive). */
    public static double of(double... throughputs) {
        if (throughputs.length == 0) {
            throw new IllegalArgumentException("a bound needs at least one baseline");
        }
        double secondsPerRequest = 0;
        for (double t : throughputs) {
            if (!(t > 0)) {
                throw new IllegalArgumentException("a baseline throughput must be positive: " + t);
            }
            secondsPerRequest += 1 / t;
        }
        return 1 / secondsPerRequest;
    }
}
