package com.necpgame.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the measurements of one harness run ({@code measurements.jsonl}, one JSON object a line, written by
 * {@code tools/bench/run}) into {@code results.json} and {@code BENCHMARKS.md}: every endpoint row next to the
 * baselines of the same run, as fractions of its bound ({@link Bound}).
 * <pre>java -cp ... com.necpgame.bench.BenchReport RUN_DIR [NOTES_MD]</pre>
 * {@code RUN_DIR} holds {@code measurements.jsonl} and {@code machine.json}; {@code NOTES_MD} (hand-written
 * findings) is appended to the Markdown.
 */
public final class BenchReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<JsonNode> measurements;
    private final JsonNode machine;

    BenchReport(List<JsonNode> measurements, JsonNode machine) {
        this.measurements = measurements;
        this.machine = machine;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<JsonNode> measurements = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("measurements.jsonl"))) {
            if (!line.isBlank()) {
                measurements.add(JSON.readTree(line));
            }
        }
        Path machineFile = dir.resolve("machine.json");
        JsonNode machine = Files.exists(machineFile) ? JSON.readTree(machineFile.toFile()) : JSON.createObjectNode();
        BenchReport report = new BenchReport(measurements, machine);
        String notes = args.length > 1 && Files.exists(Path.of(args[1])) ? Files.readString(Path.of(args[1])) : "";
        JSON.writeValue(dir.resolve("results.json").toFile(), report.json());
        Files.writeString(dir.resolve("BENCHMARKS.md"), report.markdown(notes));
        System.out.println("bench: wrote " + dir.resolve("results.json") + " and " + dir.resolve("BENCHMARKS.md"));
    }

    /** One endpoint row with its baselines and ratios. */
    record Row(JsonNode endpoint, double bareRps, Map<String, Double> resources, double bound) {
        String name() {
            String variant = endpoint.path("variant").asText("");
            return endpoint.path("name").asText() + (variant.isEmpty() ? "" : " [" + variant + "]");
        }

        double rps() {
            return endpoint.path("rps").asDouble();
        }

        /**
         * The requests a second that did the endpoint's work: refusals by design (a 503 for a full hash queue, an
         * outbid bid) and errors answer fast and would flatter the ratio; the bound is for the work itself.
         */
        double doneRps() {
            long requests = endpoint.path("requests").asLong();
            if (requests <= 0) {
                return rps();
            }
            long done = Math.max(0, requests - endpoint.path("refused").asLong() - endpoint.path("errors").asLong());
            return rps() * done / requests;
        }

        double ofBound() {
            return doneRps() / bound;
        }
    }

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (JsonNode m : of("endpoint")) {
            Optional<JsonNode> bare = bare(m.path("connections").asInt(), m.path("bodyBytes").asInt());
            if (bare.isEmpty()) {
                continue;
            }
            Map<String, Double> resources = new LinkedHashMap<>();
            for (JsonNode b : m.path("bounds")) {
                resource(b.asText(), m.path("connections").asInt()).ifPresent(t -> resources.put(b.asText(), t));
            }
            double bareRps = bare.get().path("rps").asDouble();
            double[] all = new double[resources.size() + 1];
            all[0] = bareRps;
            int i = 1;
            for (double t : resources.values()) {
                all[i++] = t;
            }
            rows.add(new Row(m, bareRps, resources, Bound.of(all)));
        }
        return rows;
    }

    /** The bare handler's run at these connections with the body size nearest to {@code bytes}. */
    private Optional<JsonNode> bare(int connections, int bytes) {
        return of("bare").stream().filter(b -> b.path("connections").asInt() == connections)
                .min(Comparator.comparingInt(b -> Math.abs(b.path("bodyBytes").asInt() - bytes)));
    }

    /**
     * {@code pgbench:<script>} (requests/s: transactions/s times the endpoint requests one pass of the script stands
     * for, {@code requestsPerTransaction}, 1 unless the script plays several) or {@code argon2} (hashes/s). A
     * baseline measured right beside the endpoint's point at these connections ({@code besidePoint}, one before and
     * one after it) wins over one of the whole run: the machine's speed drifts within a run (the hash rate by a
     * third in ten minutes here), so the bound of a point is the mean of the baselines around it.
     */
    private Optional<Double> resource(String name, int connections) {
        List<JsonNode> baselines;
        ToDoubleFunction<JsonNode> rate;
        if (name.equals("argon2")) {
            baselines = of("argon2");
            rate = a -> a.path("hashesPerSecond").asDouble();
        } else {
            String script = name.startsWith("pgbench:") ? name.substring("pgbench:".length()) : name;
            baselines = of("pgbench").stream().filter(p -> p.path("name").asText().equals(script)).toList();
            rate = p -> p.path("tps").asDouble() * p.path("requestsPerTransaction").asInt(1);
        }
        List<JsonNode> beside = baselines.stream()
                .filter(b -> b.path("besidePoint").asInt(-1) == connections && rate.applyAsDouble(b) > 0).toList();
        if (!beside.isEmpty()) {
            return Optional.of(beside.stream().mapToDouble(rate).average().orElseThrow());
        }
        return baselines.stream().filter(b -> !b.has("besidePoint")).mapToDouble(rate).filter(t -> t > 0)
                .boxed().findFirst();
    }

    private List<JsonNode> of(String kind) {
        return measurements.stream().filter(m -> m.path("kind").asText().equals(kind)).toList();
    }

    ObjectNode json() {
        ObjectNode root = JSON.createObjectNode();
        root.set("machine", machine);
        ArrayNode endpoints = root.putArray("endpoints");
        for (Row row : rows()) {
            ObjectNode e = ((ObjectNode) row.endpoint()).deepCopy();
            e.put("bareRps", row.bareRps());
            ObjectNode resources = e.putObject("resourceThroughput");
            row.resources().forEach(resources::put);
            e.put("bound", row.bound());
            e.put("fractionOfBound", row.ofBound());
            e.put("doneRps", row.doneRps());
            e.put("fractionOfBare", row.doneRps() / row.bareRps());
            endpoints.add(e);
        }
        ArrayNode baselines = root.putArray("baselines");
        measurements.stream().filter(m -> !m.path("kind").asText().equals("endpoint")).forEach(baselines::add);
        return root;
    }

    String markdown(String notes) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Generated by `tools/bench/run` (").append(machine.path("mode").asText("full"))
                .append(" run, ").append(machine.path("date").asText("?")).append("; commit `")
                .append(machine.path("commit").asText("?")).append("`). Method: `tools/bench/README.md`.\n\n");
        md.append("## Machine\n\n");
        md.append("- CPU: ").append(machine.path("cpu").asText("?")).append(", ").append(machine.path("cores").asText("?"))
                .append(" cores; memory ").append(machine.path("memoryMb").asText("?")).append(" MB\n");
        md.append("- JDK: ").append(machine.path("jdk").asText("?")).append("; PostgreSQL ")
                .append(machine.path("postgres").asText("?")).append(" (embedded); load: ")
                .append(machine.path("loadGenerator").asText("wrk")).append("; ")
                .append(machine.path("seconds").asText("?")).append(" s per point after ")
                .append(machine.path("warmupSeconds").asText("?")).append(" s of warm-up\n");
        md.append("- Client, services and database share the same cores (and other work on the machine), so ")
                .append("each figure is read against the baselines of the same run.\n\n");

        md.append("## Endpoints against their bounds\n\n");
        md.append("L = 1 / (1/T_bare + 1/T_resource...): T_bare the bare Helidon handler at the same connections ")
                .append("and body size, T_resource pgbench of the endpoint's SQL at the pool's connections (or the ")
                .append("Argon2 hash rate for login, the mean of its runs right before and after each point; the ")
                .append("machine's speed drifts too much within a run for one of them to stand for all points).\n\n");
        md.append("| endpoint | conns | rps | of L | of bare | L | p50 ms | p99 ms | p99.9 ms | bare p99 ms | errors | refused | service RSS MB | service CPU us/request |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows()) {
            JsonNode e = row.endpoint();
            JsonNode bare = bare(e.path("connections").asInt(), e.path("bodyBytes").asInt()).orElseThrow();
            md.append("| ").append(row.name()).append(" | ").append(e.path("connections").asInt())
                    .append(" | ").append(f0(row.doneRps())).append(" | **").append(pct(row.ofBound())).append("** | ")
                    .append(pct(row.doneRps() / row.bareRps())).append(" | ").append(f0(row.bound())).append(" | ")
                    .append(f1(e.path("p50Ms").asDouble())).append(" | ").append(f1(e.path("p99Ms").asDouble()))
                    .append(" | ").append(f1(e.path("p999Ms").asDouble())).append(" | ")
                    .append(f1(bare.path("p99Ms").asDouble())).append(" | ").append(e.path("errors").asLong())
                    .append(" | ").append(e.path("refused").asLong()).append(" | ")
                    .append(e.path("rssMb").asLong()).append(" | ").append(cpuPerRequest(e)).append(" |\n");
        }
        md.append("\nservice CPU: the user and system CPU time the service's process used during the point, over the ")
                .append("requests answered (refusals included): the figure that still compares two runs, or the two ")
                .append("platforms of one run, when the machine's speed drifts.\n\n");
        md.append("rps: the requests a second that did the endpoint's work, the ratios' numerator; errors (socket ")
                .append("errors, timeouts, unexpected statuses) and refused (answers the endpoint gives by design under ")
                .append("this load: a bid outbid in the race, 409/422; a login refused with 503 and Retry-After when ")
                .append("its wait for a hash slot passes 2 s) are left out of it.\n\n");

        md.append("## Baselines of this run\n\n| baseline | conns | throughput /s | p50 ms | p99 ms | notes |\n|---|---:|---:|---:|---:|---|\n");
        for (JsonNode b : of("bare")) {
            md.append("| bare handler, ").append(b.path("bodyBytes").asInt()).append(" B body | ")
                    .append(b.path("connections").asInt()).append(" | ").append(f0(b.path("rps").asDouble()))
                    .append(" | ").append(f1(b.path("p50Ms").asDouble())).append(" | ")
                    .append(f1(b.path("p99Ms").asDouble())).append(" | errors ").append(b.path("errors").asLong())
                    .append(b.has("cpuUsPerRequest") ? ", CPU " + cpuPerRequest(b) + " us/request" : "")
                    .append(" |\n");
        }
        for (JsonNode p : of("pgbench")) {
            md.append("| pgbench `").append(p.path("name").asText()).append("` | ").append(p.path("connections").asInt())
                    .append(" | ").append(f0(p.path("tps").asDouble())).append(" | ")
                    .append(f1(p.path("latencyMs").asDouble())).append(" (mean) | - | failed ")
                    .append(p.path("failed").asLong());
            int requests = p.path("requestsPerTransaction").asInt(1);
            if (requests > 1) {
                md.append(", one transaction = ").append(requests).append(" requests");
            }
            md.append(" |\n");
        }
        for (JsonNode a : of("argon2")) {
            md.append("| Argon2id `").append(a.path("name").asText()).append("` | ").append(a.path("threads").asInt())
                    .append(" threads | ").append(f1(a.path("hashesPerSecond").asDouble())).append(" | - | - | one per login")
                    .append(a.has("besidePoint") ? ", " + a.path("side").asText("beside") + " the login point at "
                            + a.path("besidePoint").asInt() + " connections" : "").append(" |\n");
        }
        List<JsonNode> startups = of("startup");
        if (!startups.isEmpty()) {
            md.append("\n## Start time per service\n\nEach started alone, on the shared flags; from the JVM's start to ")
                    .append("the server listening, migrations done (Helidon's own count).\n\n")
                    .append("| service | started in ms |\n|---|---:|\n");
            for (JsonNode s : startups) {
                md.append("| ").append(s.path("service").asText()).append(" | ").append(s.path("ms").asLong())
                        .append(" |\n");
            }
        }
        List<JsonNode> rss = of("rss");
        if (!rss.isEmpty()) {
            md.append("\n## Resident memory per service\n\n| service | phase | RSS MB |\n|---|---|---:|\n");
            for (JsonNode r : rss) {
                md.append("| ").append(r.path("service").asText()).append(" | ").append(r.path("phase").asText())
                        .append(" | ").append(r.path("rssMb").asLong()).append(" |\n");
            }
        }
        if (!notes.isBlank()) {
            md.append("\n").append(notes.strip()).append("\n");
        }
        return md.toString();
    }

    /** The service's CPU time per request of a point, "-" for measurements taken before the harness kept it. */
    private static String cpuPerRequest(JsonNode measurement) {
        return measurement.has("cpuUsPerRequest") ? f0(measurement.path("cpuUsPerRequest").asDouble()) : "-";
    }

    private static String f0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }
}
