package com.necpgame.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The audit on a made-up repository: an operation that answers 501, one no test calls and one without a verified
 * contract make it report less and the gate fail; with all three proven it reports 100% and passes.
 */
class AuditTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info:
              title: widgets
              version: 1.0.0
              x-microservice: {name: widgets-service, port: 8099, domain: widgets, base-path: /api/v1/widgets}
            paths:
              /api/v1/widgets/{widgetId}:
                get:
                  operationId: getWidget
                  responses: {'200': {description: ok}}
                delete:
                  operationId: deleteWidget
                  responses: {'204': {description: gone}}
              /api/v1/widgets/{widgetId}/polish:
                post:
                  operationId: polishWidget
                  responses: {'200': {description: shiny}}
            """;

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String pact(String... methodAndPaths) {
        StringBuilder interactions = new StringBuilder();
        for (int i = 0; i < methodAndPaths.length; i += 2) {
            interactions.append(i == 0 ? "" : ",").append("{\"description\":\"d").append(i)
                    .append("\",\"request\":{\"method\":\"").append(methodAndPaths[i]).append("\",\"path\":\"")
                    .append(methodAndPaths[i + 1]).append("\"}}");
        }
        return "{\"consumer\":{\"name\":\"gadget-service\"},\"provider\":{\"name\":\"widgets-service\"},"
                + "\"interactions\":[" + interactions + "]}";
    }

    private static Path repo(Path dir, String coverage, String pact) throws Exception {
        write(dir.resolve("specs/widgets.yaml"), SPEC);
        write(dir.resolve("pom.xml"), "<project/>");
        write(dir.resolve("impl/widgets-service/pom.xml"), "<project/>");
        write(dir.resolve("impl/widgets-service/target/operation-coverage/fork-1.tsv"), coverage);
        write(dir.resolve("impl/widgets-service/target/surefire-reports/TEST-com.x.WidgetsTest.xml"),
                "<testsuite name=\"com.x.WidgetsTest\" time=\"1\" tests=\"3\" errors=\"0\" skipped=\"0\" failures=\"0\">");
        write(dir.resolve("impl/widgets-service/src/test/java/com/x/WidgetsTest.java"),
                "class WidgetsTest { void t() { api.getWidget(id); http.post(\"/api/v1/widgets/\" + id + \"/polish\"); } }");
        write(dir.resolve("contract-tests/widgets-provider/pom.xml"), "<project/>");
        write(dir.resolve("contract-tests/widgets-provider/target/surefire-reports/TEST-com.x.WidgetsProviderTest.xml"),
                "<testsuite name=\"com.x.WidgetsProviderTest\" time=\"1\" tests=\"2\" errors=\"0\" skipped=\"0\" failures=\"0\">");
        write(dir.resolve("contract-tests/target/pacts/gadget-service-widgets-service.json"), pact);
        return dir;
    }

    private static int audit(Path repo) {
        return new CommandLine(new Audit()).execute("--repo", repo.toString(), "--require-full=true");
    }

    @Test
    void anUnimplementedUntestedOrUncontractedOperationLowersCoverageAndFailsTheGate(@TempDir Path dir)
            throws Exception {
        Path repo = repo(dir, """
                widgets-service\tgetWidget\tGET\t200\thandler\t4
                widgets-service\tgetWidget\tGET\t404\thandler\t1
                widgets-service\tpolishWidget\tPOST\t501\thandler\t1
                """, pact("GET", "/api/v1/widgets/42"));

        assertThat(audit(repo)).isEqualTo(1);
        String report = Files.readString(repo.resolve("target/audit/readiness-report.md"));
        assertThat(report).contains("| widgets-service | 8099 | 3 | 33% | 33% | 33% | unit, contract |");
        assertThat(report).contains("widgets-service `polishWidget`: answers 501")
                .contains("widgets-service `deleteWidget`: not called by any test, no verified contract");
        String tracker = Files.readString(repo.resolve("target/audit/implementation-tracker.yaml"));
        assertThat(tracker).contains("""
                  - service: widgets-service
                    method: GET
                    path: '/api/v1/widgets/{widgetId}'
                    operationId: getWidget
                    implemented: true
                    tested: true
                    contract-verified: true
                    tests: [WidgetsTest]
                """);
    }

    @Test
    void everyOperationProvenIsFullCoverage(@TempDir Path dir) throws Exception {
        Path repo = repo(dir, """
                widgets-service\tgetWidget\tGET\t200\thandler\t4
                widgets-service\tdeleteWidget\tDELETE\t204\thandler\t1
                widgets-service\tpolishWidget\tPOST\t200\thandler\t1
                """, pact("GET", "/api/v1/widgets/42", "DELETE", "/api/v1/widgets/42", "POST", "/api/v1/widgets/7/polish"));

        assertThat(audit(repo)).isZero();
        String report = Files.readString(repo.resolve("target/audit/readiness-report.md"));
        assertThat(report).contains("| widgets-service | 8099 | 3 | 100% | 100% | 100% |")
                .contains("## Open items\n\nNone.");
    }

    @Test
    void anOperationOnlyThePlatformRefusedIsNotImplemented(@TempDir Path dir) throws Exception {
        // The negative tests' 400s and 401s come from the platform before any handler: they prove nothing.
        Path repo = repo(dir, """
                widgets-service\tgetWidget\tGET\t200\thandler\t4
                widgets-service\tdeleteWidget\tDELETE\t400\tplatform\t3
                widgets-service\tdeleteWidget\tDELETE\t401\tplatform\t2
                widgets-service\tpolishWidget\tPOST\t200\thandler\t1
                """, pact("GET", "/api/v1/widgets/42", "DELETE", "/api/v1/widgets/42", "POST", "/api/v1/widgets/7/polish"));

        assertThat(audit(repo)).isEqualTo(1);
        String report = Files.readString(repo.resolve("target/audit/readiness-report.md"));
        assertThat(report).contains("| widgets-service | 8099 | 3 | 66% | 66% | 100% |")
                .contains("widgets-service `deleteWidget`: only refused by the platform (400, 401), never answered by "
                        + "the service");
    }

    @Test
    void aFailingProviderVerificationVerifiesNothing(@TempDir Path dir) throws Exception {
        Path repo = repo(dir, "widgets-service\tgetWidget\tGET\t200\thandler\t4\n", pact("GET", "/api/v1/widgets/42"));
        write(repo.resolve("contract-tests/widgets-provider/target/surefire-reports/TEST-com.x.WidgetsProviderTest.xml"),
                "<testsuite name=\"com.x.WidgetsProviderTest\" time=\"1\" tests=\"2\" errors=\"0\" skipped=\"0\" failures=\"1\">");
        audit(repo);
        assertThat(Files.readString(repo.resolve("target/audit/readiness-report.md")))
                .contains("| widgets-service | 8099 | 3 | 33% | 33% | 0% |");
    }
}
