package com.necpgame.social;

import com.necpgame.platform.ServiceRuntime;

/** Starts social-service: {@code java -jar social-service.jar} (port 8084 unless SERVER_PORT says otherwise). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ServiceRuntime.run(new SocialServiceDefinition(), args);
    }
}
