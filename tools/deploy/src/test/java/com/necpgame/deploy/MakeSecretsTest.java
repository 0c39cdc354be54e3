package com.necpgame.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.necpgame.character.CharacterServiceDefinition;
import com.necpgame.platform.RunningService;
import com.necpgame.platform.ServiceConfig;
import com.necpgame.platform.ServiceRuntime;
import com.necpgame.platform.db.LocalPostgres;
import com.necpgame.platform.testing.MutableClock;
import com.necpgame.platform.testing.TestTokenIssuer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * tools/deploy/make-secrets makes every Secret key the manifests reference, auth gets the right hashes, and its
 * roles.sql gives each service a role that owns its schema and nothing else, on a real PostgreSQL.
 */
class MakeSecretsTest {
    private static final Path FILE = DeployManifestsTest.DEPLOY.resolve("target/make-secrets/secrets.yaml");
    private static Map<String, Map<String, String>> secrets;

    @BeforeAll
    static void makeSecrets() throws Exception {
        Files.createDirectories(FILE.getParent());
        Files.deleteIfExists(FILE);
        Process process = new ProcessBuilder("bash", "make-secrets", "necp-test", FILE.toString())
                .directory(DeployManifestsTest.DEPLOY.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        secrets = new TreeMap<>();
        for (HasMetadata object : StrictManifests.parse(Files.readString(FILE))) {
            Secret secret = (Secret) object;
            assertThat(secret.getMetadata().getNamespace()).isEqualTo("necp-test");
            secrets.put(secret.getMetadata().getName(), secret.getStringData());
        }
    }

    @Test
    void everyReferencedSecretKeyIsMadeInAFileOnlyTheUserReads() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(FILE))).isEqualTo("rw-------");
        DeployManifestsTest.render();
        Set<String> referenced = new HashSet<>();
        for (List<HasMetadata> objects : DeployManifestsTest.rendered.values()) {
            for (HasMetadata object : objects) {
                PodSpec pod = switch (object) {
                    case Deployment d -> d.getSpec().getTemplate().getSpec();
                    case StatefulSet s -> s.getSpec().getTemplate().getSpec();
                    case Job j -> j.getSpec().getTemplate().getSpec();
                    default -> null;
                };
                if (pod == null) {
                    continue;
                }
                pod.getContainers().forEach(c -> c.getEnv().forEach(env -> {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                        referenced.add(env.getValueFrom().getSecretKeyRef().getName() + "/"
                                + env.getValueFrom().getSecretKeyRef().getKey());
                    }
                }));
                pod.getVolumes().stream().filter(v -> v.getSecret() != null)
                        .forEach(v -> referenced.add(v.getSecret().getSecretName() + "/roles.sql"));
            }
        }
        assertThat(referenced).contains("necp-postgres/password", "necp-postgres-init/roles.sql",
                "necp-service-clients/economy-service", "necp-auth-clients/ops-console", "world-service-db/password");
        for (String ref : referenced) {
            String[] nameKey = ref.split("/");
            assertThat(secrets.getOrDefault(nameKey[0], Map.of())).as("make-secrets provides " + ref).containsKey(nameKey[1]);
        }
    }

    @Test
    void authGetsTheHashOfEveryClientsOwnSecret() {
        Map<String, String> clients = secrets.get("necp-service-clients");
        Map<String, String> hashes = secrets.get("necp-auth-clients");
        assertThat(hashes.keySet()).isEqualTo(clients.keySet()).contains("ops-console");
        clients.forEach((client, secret) -> assertThat(hashes.get(client)).as(client).isEqualTo(sha256(secret)));
        assertThat(new HashSet<>(clients.values())).as("every client its own secret").hasSameSizeAs(clients.values());
    }

    /**
     * roles.sql on a real PostgreSQL (what overlays/local's runs at its first start): a service starts on it with
     * its own role from its -db Secret, migrates its schema and is ready; another service's role cannot read it.
     * (Passwords are not checked here: the embedded server trusts local connections; the official image does not.)
     */
    @Test
    void rolesSqlGivesEachServiceARoleThatOwnsOnlyItsSchema() throws Exception {
        Path work = DeployManifestsTest.DEPLOY.resolve("target/make-secrets/pg");
        try (EmbeddedPostgres server = LocalPostgres.start(freePort(), work.resolve("data-" + System.nanoTime()),
                work.resolve("unused-credentials.env"), List.of())) {
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/necp";
            try (Connection admin = server.getDatabase("postgres", "necp").getConnection();
                 Statement sql = admin.createStatement()) {
                sql.execute(secrets.get("necp-postgres-init").get("roles.sql"));
            }
            Map<String, String> character = secrets.get("character-service-db");
            Map<String, String> auth = secrets.get("auth-service-db");
            MutableClock clock = MutableClock.startingNow();
            try (TestTokenIssuer tokens = new TestTokenIssuer(clock);
                 RunningService service = ServiceRuntime.start(new CharacterServiceDefinition(),
                         ServiceConfig.forTests(new CharacterServiceDefinition(), tokens.configYaml() + """
                                 db:
                                   url: %s
                                   username: %s
                                   password: '%s'
                                 """.formatted(url, character.get("username"), character.get("password"))), clock)) {
                HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(service.baseUrl() + PlatformEndpoints.READY)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            }
            try (Connection asAuth = DriverManager.getConnection(url, auth.get("username"), auth.get("password"));
                 Statement sql = asAuth.createStatement()) {
                assertThatThrownBy(() -> sql.executeQuery("SELECT count(*) FROM character.flyway_schema_history"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> sql.execute("CREATE TABLE character.intruder (x int)"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
