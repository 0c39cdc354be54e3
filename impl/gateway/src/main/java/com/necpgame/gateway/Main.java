package com.necpgame.gateway;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;

/** Starts the gateway: {@code java -jar gateway.jar} (port 8080 unless SERVER_PORT says otherwise). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        var server = GatewayServer.start(Config.create());
        System.getLogger(Main.class.getName()).log(System.Logger.Level.INFO,
                "gateway listening on http://localhost:" + server.port());
    }
}
