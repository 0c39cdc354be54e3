package com.necpgame.auth;

import com.necpgame.platform.ServiceRuntime;

/** Starts auth-service: {@code java -jar auth-service.jar} (port 8081 unless SERVER_PORT says otherwise). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ServiceRuntime.run(new AuthServiceDefinition(), args);
    }
}
