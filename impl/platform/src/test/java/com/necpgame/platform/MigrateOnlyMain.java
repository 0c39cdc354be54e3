package com.necpgame.platform;

/** A service's {@code main} as it should be written: the platform's test service, run with its arguments. */
public final class MigrateOnlyMain {
    private MigrateOnlyMain() {
    }

    public static void main(String[] args) {
        ServiceRuntime.run(new TestService(null), args);
    }
}
