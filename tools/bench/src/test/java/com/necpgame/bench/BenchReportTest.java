package com.necpgame.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBoundAddsTheTimeEachBaselineSpendsPerRequest() {
        // the example: a bare handler at 65k/s and pgbench at 18.7k/s bound GET /me at about 14.5k/s
        assertThat(Bound.of(65_000, 18_700)).isCloseTo(14_522.1, within(0.1));
        assertThat(Bound.of(1000, 1000)).isEqualTo(500);
        assertThat(Bound.of(1000)).isEqualTo(1000);
        assertThat(Bound.of(100, 100, 100, 100)).isCloseTo(25, within(1e-9));
        assertThatThrownBy(() -> Bound.of(1000, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(Bound::of).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachEndpointIsAFractionOfItsBoundFromTheSameRun() throws Exception {
        BenchReport report = new BenchReport(lines(
                "{\"kind\":\"bare\",\"connections\":64,\"bodyBytes\":500,\"rps\":60000,\"p99Ms\":2.5,"
                        + "\"cpuUsPerRequest\":14.6}",
                "{\"kind\":\"bare\",\"connections\":64,\"bodyBytes\":100,\"rps\":70000,\"p99Ms\":2}",
                "{\"kind\":\"bare\",\"connections\":16,\"bodyBytes\":500,\"rps\":50000,\"p99Ms\":1}",
                "{\"kind\":\"pgbench\",\"name\":\"character-read\",\"connections\":10,\"tps\":20000,\"latencyMs\":0.5}",
                "{\"kind\":\"argon2\",\"name\":\"argon2id-m19456-t2-p1\",\"threads\":2,\"hashesPerSecond\":40}",
                "{\"kind\":\"endpoint\",\"name\":\"character-read\",\"connections\":64,\"bodyBytes\":480,\"rps\":7500,"
                        + "\"p50Ms\":4,\"p99Ms\":15,\"p999Ms\":30,\"errors\":0,\"refused\":0,\"rssMb\":300,"
                        + "\"cpuUsPerRequest\":151.4,\"bounds\":[\"pgbench:character-read\"]}",
                "{\"kind\":\"endpoint\",\"name\":\"login\",\"variant\":\"before\",\"connections\":16,\"bodyBytes\":900,"
                        + "\"rps\":30,\"p50Ms\":400,\"p99Ms\":900,\"p999Ms\":1000,\"errors\":2,\"refused\":0,"
                        + "\"rssMb\":250,\"bounds\":[\"argon2\"]}",
                "{\"kind\":\"rss\",\"service\":\"character-service\",\"phase\":\"idle\",\"rssMb\":180}",
                "{\"kind\":\"startup\",\"service\":\"character-service\",\"ms\":1850}"),
                JSON.readTree("{\"cpu\":\"AMD EPYC\",\"cores\":2,\"mode\":\"quick\"}"));

        List<BenchReport.Row> rows = report.rows();
        assertThat(rows).hasSize(2);
        BenchReport.Row read = rows.get(0);
        assertThat(read.bareRps()).isEqualTo(60000); // the 500 B body, nearest to 480, at 64 connections
        assertThat(read.bound()).isCloseTo(15000, within(1e-6));
        assertThat(read.ofBound()).isCloseTo(0.5, within(1e-9));
        BenchReport.Row login = rows.get(1);
        assertThat(login.name()).isEqualTo("login [before]");
        assertThat(login.bound()).isCloseTo(Bound.of(50000, 40), within(1e-9));

        JsonNode json = report.json();
        assertThat(json.path("endpoints")).hasSize(2);
        assertThat(json.path("endpoints").get(0).path("fractionOfBound").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(json.path("endpoints").get(0).path("fractionOfBare").asDouble()).isCloseTo(0.125, within(1e-9));
        assertThat(json.path("baselines")).hasSize(7);

        String md = report.markdown("## Findings\n\nthe pool.");
        assertThat(md).contains("| character-read | 64 | 7500 | **50%** | 13% | 15000 | 4.0 | 15.0 | 30.0 | 2.5 | 0 | 0 | 300 | 151 |");
        assertThat(md).contains("| login [before] | 16 | 30 | **75%** |").contains("| 250 | - |"); // kept before CPU was
        assertThat(md).contains("| bare handler, 500 B body | 64 | 60000 | 0.0 | 2.5 | errors 0, CPU 15 us/request |");
        assertThat(md).contains("| login [before] | 16 | 30 | **75%** |");
        assertThat(md).contains("| pgbench `character-read` | 10 | 20000 |");
        assertThat(md).contains("| Argon2id `argon2id-m19456-t2-p1` | 2 threads | 40.0 |");
        assertThat(md).contains("| character-service | idle | 180 |");
        assertThat(md).contains("| character-service | 1850 |");
        assertThat(md).contains("AMD EPYC, 2 cores").endsWith("## Findings\n\nthe pool.\n");
    }

    @Test
    void aPgbenchTransactionThatPlaysSeveralRequestsBoundsThatManyRequests() throws Exception {
        BenchReport report = new BenchReport(lines(
                "{\"kind\":\"bare\",\"connections\":64,\"bodyBytes\":1000,\"rps\":30000,\"p99Ms\":3}",
                "{\"kind\":\"pgbench\",\"name\":\"quest-step\",\"connections\":10,\"tps\":2000,"
                        + "\"latencyMs\":5,\"requestsPerTransaction\":3}",
                "{\"kind\":\"endpoint\",\"name\":\"quest-step\",\"connections\":64,\"bodyBytes\":1000,\"rps\":2500,"
                        + "\"bounds\":[\"pgbench:quest-step\"]}"), JSON.createObjectNode());

        assertThat(report.rows().getFirst().bound()).isCloseTo(Bound.of(30000, 6000), within(1e-9));
        assertThat(report.markdown("")).contains("| pgbench `quest-step` | 10 | 2000 | 5.0 (mean) | - | failed 0, "
                + "one transaction = 3 requests |");
    }

    @Test
    void aPointIsBoundByTheBaselinesMeasuredRightBesideIt() throws Exception {
        BenchReport report = new BenchReport(lines(
                "{\"kind\":\"bare\",\"connections\":16,\"bodyBytes\":1000,\"rps\":50000}",
                "{\"kind\":\"bare\",\"connections\":64,\"bodyBytes\":1000,\"rps\":50000}",
                "{\"kind\":\"bare\",\"connections\":256,\"bodyBytes\":1000,\"rps\":50000}",
                "{\"kind\":\"argon2\",\"name\":\"a\",\"threads\":2,\"hashesPerSecond\":100,\"besidePoint\":16,"
                        + "\"side\":\"before\"}",
                "{\"kind\":\"argon2\",\"name\":\"a\",\"threads\":2,\"hashesPerSecond\":80,\"besidePoint\":16,"
                        + "\"side\":\"after\"}",
                "{\"kind\":\"argon2\",\"name\":\"a\",\"threads\":2,\"hashesPerSecond\":60,\"besidePoint\":64,"
                        + "\"side\":\"before\"}",
                "{\"kind\":\"argon2\",\"name\":\"a\",\"threads\":2,\"hashesPerSecond\":70}",
                "{\"kind\":\"endpoint\",\"name\":\"login\",\"connections\":16,\"bodyBytes\":1000,\"rps\":45,"
                        + "\"bounds\":[\"argon2\"]}",
                "{\"kind\":\"endpoint\",\"name\":\"login\",\"connections\":64,\"bodyBytes\":1000,\"rps\":45,"
                        + "\"bounds\":[\"argon2\"]}",
                "{\"kind\":\"endpoint\",\"name\":\"login\",\"connections\":256,\"bodyBytes\":1000,\"rps\":45,"
                        + "\"bounds\":[\"argon2\"]}"), JSON.createObjectNode());

        List<BenchReport.Row> rows = report.rows();
        assertThat(rows.get(0).bound()).isCloseTo(Bound.of(50000, 90), within(1e-9)); // mean of before and after
        assertThat(rows.get(1).bound()).isCloseTo(Bound.of(50000, 60), within(1e-9)); // the one beside it
        assertThat(rows.get(2).bound()).isCloseTo(Bound.of(50000, 70), within(1e-9)); // none beside: the run's
        assertThat(report.markdown("")).contains("| Argon2id `a` | 2 threads | 100.0 | - | - | one per login, before "
                + "the login point at 16 connections |");
    }

    @Test
    void refusalsAndErrorsDoNotCountAsWorkDone() throws Exception {
        BenchReport report = new BenchReport(lines(
                "{\"kind\":\"bare\",\"connections\":256,\"bodyBytes\":1000,\"rps\":40000,\"p99Ms\":3}",
                "{\"kind\":\"argon2\",\"name\":\"argon2id\",\"threads\":2,\"hashesPerSecond\":60}",
                "{\"kind\":\"endpoint\",\"name\":\"login\",\"connections\":256,\"bodyBytes\":1000,\"rps\":90,"
                        + "\"requests\":900,\"refused\":500,\"errors\":100,\"bounds\":[\"argon2\"]}"),
                JSON.createObjectNode());

        BenchReport.Row login = report.rows().getFirst();
        assertThat(login.doneRps()).isCloseTo(30, within(1e-9)); // 300 of the 900 answers were logins
        assertThat(login.ofBound()).isCloseTo(30 / Bound.of(40000, 60), within(1e-9));
        assertThat(report.markdown("")).contains("| login | 256 | 30 | **50%** |");
    }

    @Test
    void anEndpointWithoutItsBaselinesIsLeftOutRatherThanShownAlone() throws Exception {
        BenchReport report = new BenchReport(lines(
                "{\"kind\":\"endpoint\",\"name\":\"character-read\",\"connections\":64,\"bodyBytes\":480,\"rps\":7500,"
                        + "\"bounds\":[\"pgbench:character-read\"]}"), JSON.createObjectNode());
        assertThat(report.rows()).isEmpty();
    }

    private static List<JsonNode> lines(String... json) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : json) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
