package com.necpgame.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.necpgame.character.CharacterServiceDefinition;
import com.necpgame.platform.RunningService;
import com.necpgame.platform.ServiceConfig;
import com.necpgame.platform.ServiceRuntime;
import com.necpgame.platform.testing.MutableClock;
import com.necpgame.platform.testing.TestTokenIssuer;
import org.junit.jupiter.api.Test;

/** The paths the Deployments probe and Prometheus scrapes are the platform's real ones: a running service answers 200. */
class PlatformEndpointsTest {
    @Test
    void aRunningServiceAnswersEveryProbedAndScrapedPath() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        try (TestTokenIssuer tokens = new TestTokenIssuer(clock);
             RunningService service = ServiceRuntime.start(new CharacterServiceDefinition(),
                     ServiceConfig.forTests(new CharacterServiceDefinition(), tokens.configYaml()), clock)) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : new String[] {PlatformEndpoints.STARTED, PlatformEndpoints.LIVE, PlatformEndpoints.READY,
                    PlatformEndpoints.METRICS}) {
                HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                        .header("Accept", path.equals(PlatformEndpoints.METRICS) ? "text/plain" : "application/json")
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(reply.statusCode()).as("GET %s: %s", path, reply.body()).isEqualTo(200);
                if (path.equals(PlatformEndpoints.READY)) {
                    assertThat(reply.body()).as("readiness includes the database check").contains("database");
                }
                if (path.equals(PlatformEndpoints.METRICS)) {
                    assertThat(reply.body()).contains("necp_requests_total");
                }
            }
        }
    }
}
