package com.necpgame.character;

import com.necpgame.platform.ServiceRuntime;

/** Starts character-service: {@code java -jar character-service.jar} (port 8082 unless SERVER_PORT says otherwise). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ServiceRuntime.run(new CharacterServiceDefinition(), args);
    }
}
