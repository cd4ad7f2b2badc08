package fr.ctg.platform.embedded;

import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of PostgreSQL's programs to its end, bounded in time, and answers what it printed. */
final class Programs {

    private Programs() {
    }

    record Result(int exitCode, String output) {
    }

    /** {@code input}, if any, is written to the program's standard input (a secret never goes on a command line). */
    static Result run(Path program, List<String> arguments, String input, Duration timeout) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // PostgreSQL refuses to run as root; as the library does, run it as root of a user namespace of its own.
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(program.toString());
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            // The output is small (a version, a few notices); read it all, then the exit code.
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program.getFileName() + " did not finish within " + timeout);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + program, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + program, e);
        }
    }
}
