package com.necpgame.bench;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServer;

/**
 * The bare Helidon SE baseline: {@code GET /bare/{bytes}} answers a fixed JSON body of that many bytes, nothing
 * else (no filters, no database, no validation), so it measures what the web server and the load generator cost on
 * this machine. The harness asks it for the size of the endpoint it compares with.
 * <pre>java -cp ... com.necpgame.bench.BareServer PORT</pre>
 */
public final class BareServer {
    private static final Map<Integer, byte[]> BODIES = new ConcurrentHashMap<>();

    private BareServer() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        WebServer server = WebServer.builder().port(port).routing(routing -> routing
                .get("/bare/{bytes}", (req, res) -> {
                    int bytes = Math.clamp(Integer.parseInt(req.path().pathParameters().get("bytes")), 16, 1 << 20);
                    res.header(HeaderNames.CONTENT_TYPE, "application/json");
                    res.send(BODIES.computeIfAbsent(bytes, BareServer::body));
                })).build().start();
        System.out.println("READY port=" + server.port());
    }

    /** {"data":"xxx...x"} padded to exactly {@code bytes}. */
    static byte[] body(int bytes) {
        String frame = "{\"data\":\"\"}";
        return (frame.substring(0, 9) + "x".repeat(Math.max(0, bytes - frame.length())) + "\"}")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
