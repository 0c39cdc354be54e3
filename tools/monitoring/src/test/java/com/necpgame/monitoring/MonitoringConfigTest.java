package com.necpgame.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.necpgame.platform.RunningService;
import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.outbox.Delivery;
import org.junit.jupiter.api.Test;

/**
 * The monitoring files are valid for Prometheus itself (promtool, Debian's prometheus package; tools/test
 * installs it where missing), their alert unit tests pass, every service of the specs is scraped on its port,
 * and every metric a rule or dashboard uses is one a real service exports.
 */
class MonitoringConfigTest {
    private static final Path MONITORING = Path.of("").toAbsolutePath();
    private static final Path SPECS = MONITORING.resolve("../../specs").normalize();
    /** Metric names as the rules and dashboards spell them: the platform's, the JVM's, and Prometheus' own up. */
    private static final Pattern METRIC = Pattern.compile(
            "\\b(necp_[a-z0-9_]+|quest_session_[a-z_]+|raid_sync_alerts_[a-z]+|memory_[A-Za-z_]+|thread_[a-z_]+|up)\\b");
    private static final Set<String> PROMETHEUS_OWN = Set.of("up");

    private static String promtool(Path dir, String... args) throws IOException, InterruptedException {
        String[] command = Stream.concat(Stream.of("promtool"), Stream.of(args)).toArray(String[]::new);
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException missing) {
            throw new AssertionError("promtool is not installed: tools/test installs Debian's prometheus package "
                    + "(apt-get install prometheus)", missing);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("promtool %s:%n%s", String.join(" ", args), output).isZero();
        return output;
    }

    @Test
    void promtoolAcceptsTheConfigAndTheRulesAndTheirUnitTestsPass() throws Exception {
        assertThat(promtool(MONITORING, "check", "config", "prometheus.yml")).contains("SUCCESS");
        assertThat(promtool(MONITORING, "check", "rules", "rules/necp-alerts.yml")).contains("SUCCESS");
        assertThat(promtool(MONITORING.resolve("tests"), "test", "rules", "necp-alerts-test.yml")).contains("SUCCESS");
    }

    /** Grafana does not check its queries; promtool does, given each dashboard expression as a recording rule. */
    @Test
    void everyDashboardQueryIsValidPromQl() throws Exception {
        ObjectMapper json = new ObjectMapper();
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard-queries\n    rules:\n");
        int n = 0;
        try (Stream<Path> dashboards = Files.list(MONITORING.resolve("dashboards"))) {
            for (Path dashboard : dashboards.sorted().toList()) {
                for (JsonNode expr : json.readTree(dashboard.toFile()).findValues("expr")) {
                    rules.append("      - record: dashboard:query_").append(++n).append("\n        expr: ")
                            .append(json.writeValueAsString(expr.asText())).append('\n');
                }
            }
        }
        assertThat(n).isGreaterThan(20);
        Path file = MONITORING.resolve("target/dashboard-queries.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, rules);
        assertThat(promtool(MONITORING, "check", "rules", "target/dashboard-queries.yml"))
                .contains("SUCCESS: " + n + " rules found");
    }

    @Test
    void everyServiceOfTheSpecsIsScrapedOnItsPort() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        Pattern name = Pattern.compile("(?m)^    name: ([a-z]+-service)$");
        Pattern port = Pattern.compile("(?m)^    port: (\\d+)$");
        try (Stream<Path> specs = Files.list(SPECS)) {
            for (Path spec : specs.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(spec);
                Matcher n = name.matcher(text);
                Matcher p = port.matcher(text);
                assertThat(n.find() && p.find()).as("x-microservice name and port in %s", spec).isTrue();
                expected.put(n.group(1), "localhost:" + p.group(1));
            }
        }
        String config = Files.readString(MONITORING.resolve("prometheus.yml"));
        Map<String, String> scraped = new TreeMap<>();
        Matcher target = Pattern.compile("targets: \\['([^']+)'\\]\\s+labels: \\{service: ([a-z-]+)\\}").matcher(config);
        while (target.find()) {
            scraped.put(target.group(2), target.group(1));
        }
        assertThat(scraped).hasSize(6).isEqualTo(expected);
    }

    @Test
    void everyMetricOfTheRulesAndDashboardsIsExported() throws Exception {
        Set<String> used = new TreeSet<>();
        for (Path file : Stream.concat(Stream.of(MONITORING.resolve("rules/necp-alerts.yml")),
                Files.list(MONITORING.resolve("dashboards"))).toList()) {
            Matcher metric = METRIC.matcher(Files.readString(file));
            while (metric.find()) {
                used.add(metric.group(1));
            }
        }
        used.removeAll(PROMETHEUS_OWN);
        assertThat(used).contains("necp_requests_total", "necp_request_duration_seconds_bucket", "necp_outbox_backlog",
                "necp_outbox_deliveries_total", "quest_session_concurrency", "raid_sync_alerts_open",
                "raid_sync_alerts_raised", "necp_economy_ledger_balanced",
                "necp_economy_wallets_escrowed");

        Set<String> exported = exportedByARealService();
        assertThat(exported).as("metrics a service exports").containsAll(used);
    }

    /**
     * Starts character-, economy- and gameplay-service, makes character answer a request and deliver an outbox
     * message, and reads the metric names all three export.
     */
    private static Set<String> exportedByARealService() throws Exception {
        try (RealServices services = new RealServices()) {
            HttpClient http = HttpClient.newHttpClient();
            http.send(HttpRequest.newBuilder(URI.create(services.character.baseUrl() + "/api/v1/characters")).build(),
                    HttpResponse.BodyHandlers.discarding());
            var outbox = services.character.context().outbox();
            outbox.handle("monitoring-check", message -> Delivery.delivered());
            Transactions.inTransaction(services.character.context().db(), tx -> {
                outbox.enqueue(tx, "nobody", "monitoring-check", "k", "{}");
                return null;
            });
            outbox.relayOnce();
            Set<String> names = new TreeSet<>();
            for (RunningService service : new RunningService[] {services.character, services.economy, services.gameplay}) {
                names.addAll(services.metrics(service).names());
            }
            return names;
        }
    }
}
