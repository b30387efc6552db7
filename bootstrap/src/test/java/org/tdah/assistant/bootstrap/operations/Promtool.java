package org.tdah.assistant.bootstrap.operations;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Debian's {@code promtool} (package {@code prometheus}), found on the PATH, run as a process. */
final class Promtool {
    static final String HOW_TO_INSTALL = "promtool is not on the PATH: install Debian's prometheus package "
            + "(apt-get install -y prometheus), which ships /usr/bin/promtool";

    /** Its exit code and everything it printed. */
    record Run(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private final Path executable;

    private Promtool(Path executable) {
        this.executable = executable;
    }

    static Optional<Promtool> onPath() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "promtool")).filter(Files::isExecutable).findFirst().map(Promtool::new);
    }

    Run run(Path workingDirectory, String... arguments) {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("promtool", ".out");
            try {
                Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("promtool did not end in 120 s: " + command);
                }
                return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code promtool check rules} over a generated file with each expression as a recording rule
     * of its own group, named where it comes from, so that an error names the panel.
     */
    Run checkExpressions(List<OperationsFiles.Expression> expressions, Path directory) {
        StringBuilder rules = new StringBuilder("groups:\n");
        for (int i = 0; i < expressions.size(); i++) {
            OperationsFiles.Expression expression = expressions.get(i);
            rules.append("  - name: ").append(quoted(expression.where())).append('\n')
                    .append("    rules:\n")
                    .append("      - record: expression_check_").append(i).append('\n')
                    .append("        expr: ").append(quoted(expression.promQl())).append('\n');
        }
        try {
            Path file = Files.writeString(directory.resolve("expressions.rules.yml"), rules);
            return run(directory, "check", "rules", file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML double-quoted scalar (JSON's escapes are YAML's). */
    private static String quoted(String text) {
        try {
            return OperationsFiles.JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
