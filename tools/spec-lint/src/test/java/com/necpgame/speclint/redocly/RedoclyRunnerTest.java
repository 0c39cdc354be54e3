package com.necpgame.speclint.redocly;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RedoclyRunnerTest {

    @TempDir
    Path temp;

    @Test
    void withoutNodeOnThePathItFailsAndSaysToInstallNodeOrSkip() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path emptyDir = Files.createDirectory(temp.resolve("bin"));

        int status = RedoclyRunner.run(temp, temp, emptyDir.toString(), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("npm is not on PATH")
                .contains("Install Node 20")
                .contains("-Dredocly.skip");
    }

    @Test
    void findsTheFirstExecutableOnTheSearchPathAndSkipsNonExecutables() throws Exception {
        Path first = Files.createDirectory(temp.resolve("first"));
        Path second = Files.createDirectory(temp.resolve("second"));
        Files.createFile(first.resolve("tool"));
        Path executable = Files.createFile(second.resolve("tool"));
        assertThat(executable.toFile().setExecutable(true)).isTrue();
        String searchPath = String.join(File.pathSeparator, "", first.toString(), second.toString());

        assertThat(RedoclyRunner.findExecutable("tool", searchPath)).contains(executable);
        assertThat(RedoclyRunner.findExecutable("other", searchPath)).isEmpty();
    }
}
