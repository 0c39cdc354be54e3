package com.necpgame.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import org.junit.jupiter.api.Test;

/** tools/deploy/make-secrets makes every Secret key the manifests reference, and auth gets the right hashes. */
class MakeSecretsTest {
    @Test
    void makeSecretsProvidesEveryReferencedKeyWithMatchingHashesInAFileOnlyTheUserReads() throws Exception {
        Path file = DeployManifestsTest.DEPLOY.resolve("target/make-secrets/secrets.yaml");
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Process process = new ProcessBuilder("bash", "make-secrets", "necp-test", file.toString())
                .directory(DeployManifestsTest.DEPLOY.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        Map<String, Map<String, String>> secrets = new TreeMap<>();
        for (HasMetadata object : StrictManifests.parse(Files.readString(file))) {
            Secret secret = (Secret) object;
            assertThat(secret.getMetadata().getNamespace()).isEqualTo("necp-test");
            secrets.put(secret.getMetadata().getName(), secret.getStringData());
        }

        Set<String> referenced = new HashSet<>();
        DeployManifestsTest.render();
        for (var objects : DeployManifestsTest.rendered.values()) {
            for (Container container : DeployManifestsTest.containers(objects)) {
                for (EnvVar env : container.getEnv()) {
                    var ref = env.getValueFrom() == null ? null : env.getValueFrom().getSecretKeyRef();
                    if (ref != null) {
                        referenced.add(ref.getName() + "/" + ref.getKey());
                    }
                }
            }
        }
        for (String ref : referenced) {
            String[] nameKey = ref.split("/");
            assertThat(secrets.getOrDefault(nameKey[0], Map.of())).as("make-secrets provides " + ref)
                    .containsKey(nameKey[1]);
        }

        Map<String, String> clients = secrets.get("necp-service-clients");
        Map<String, String> hashes = secrets.get("necp-auth-clients");
        assertThat(hashes.keySet()).isEqualTo(clients.keySet()).contains("ops-console");
        clients.forEach((client, secret) -> assertThat(hashes.get(client)).as(client).isEqualTo(sha256(secret)));
        assertThat(new HashSet<>(clients.values())).as("every client its own secret").hasSameSizeAs(clients.values());
        for (var db : secrets.entrySet()) {
            if (db.getKey().endsWith("-db")) {
                assertThat(db.getValue().get("password")).hasSizeGreaterThanOrEqualTo(32);
            }
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
