package com.necpgame.world;

import com.necpgame.platform.ServiceRuntime;

/** Starts world-service: {@code java -jar world-service.jar} (port 8086 unless SERVER_PORT says otherwise). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ServiceRuntime.run(new WorldServiceDefinition(), args);
    }
}
