package com.necpgame.gameplay;

import com.necpgame.platform.ServiceRuntime;

/** Starts gameplay-service: {@code java -jar gameplay-service.jar} (port 8083 unless SERVER_PORT says otherwise). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ServiceRuntime.run(new GameplayServiceDefinition(), args);
    }
}
