package com.necpgame.economy;

import com.necpgame.platform.ServiceRuntime;

/** Starts economy-service: {@code java -jar economy-service.jar} (port 8085 unless SERVER_PORT says otherwise). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ServiceRuntime.run(new EconomyServiceDefinition(), args);
    }
}
