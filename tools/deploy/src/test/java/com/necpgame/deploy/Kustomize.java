package com.necpgame.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Renders a kustomization with kubectl's built-in kustomize (kubectl kustomize DIR), offline, as a cluster would get it. */
final class Kustomize {
    private Kustomize() {
    }

    static String render(Path kustomization) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", kustomization.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException missing) {
            throw new AssertionError("kubectl is not installed (it renders the kustomizations): "
                    + "install kubectl 1.27+ (google-cloud-cli-kubectl, or kubernetes.io/docs/tasks/tools)", missing);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("kubectl kustomize %s:%n%s", kustomization, output).isZero();
        return output;
    }
}
