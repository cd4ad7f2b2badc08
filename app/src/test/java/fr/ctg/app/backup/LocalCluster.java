package fr.ctg.app.backup;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL cluster of the machine's own binaries, on loopback, for what needs pg_dump and pg_restore: they must
 * be of the server's major version or newer, and the embedded default's binaries (17) bring no pg_dump. The
 * binaries come from {@code CTG_TEST_PG_BIN}, or the newest {@code /usr/lib/postgresql/N/bin} (Debian's
 * {@code postgresql} package, which {@code .ci/run} installs when missing). The cluster lives in a temporary
 * directory and is stopped on close.
 */
final class LocalCluster implements AutoCloseable {

    static final String SUPERUSER = "postgres";
    private static final boolean AS_ROOT = "root".equals(System.getProperty("user.name"));

    private final Path bin;
    private final Path data;
    private final int port;

    private LocalCluster(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    static LocalCluster start() throws Exception {
        Path bin = binaries();
        // A directory of its own outside the build tree: PostgreSQL's server refuses to run as root, so there it
        // runs as the package's own user, which must own the directory.
        Path dir = Files.createTempDirectory("ctg-cluster-");
        if (AS_ROOT) {
            run(Map.of(), "chown", "postgres:postgres", dir.toString());
        }
        LocalCluster cluster = new LocalCluster(bin, dir.resolve("data"), freePort());
        cluster.server("initdb", "-D", cluster.data.toString(), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
                "--locale=C");
        cluster.server("pg_ctl", "-D", cluster.data.toString(), "-w", "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + cluster.port + " -c listen_addresses=127.0.0.1 -k " + dir, "start");
        return cluster;
    }

    /** One of the server's own programs, as the package's user when this runs as root. */
    private void server(String program, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        if (AS_ROOT) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        run(Map.of(), command.toArray(String[]::new));
    }

    Path bin() {
        return bin;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** libpq's variables for a superuser's connection to this cluster. */
    Map<String, String> libpq(String database) {
        return Map.of("PGHOST", "127.0.0.1", "PGPORT", String.valueOf(port), "PGUSER", SUPERUSER,
                "PGDATABASE", database, "PG_BIN", bin.toString());
    }

    /** psql as the superuser, stopping at the first error. */
    void psql(String database, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(bin.resolve("psql").toString(), "-v", "ON_ERROR_STOP=1",
                "-qAt", "-d", database));
        command.addAll(List.of(arguments));
        run(libpq(database), command.toArray(String[]::new));
    }

    /** Runs a command to its end; answers its exit status and output. */
    Result exec(Map<String, String> environment, String... command) throws Exception {
        return execute(environment, command);
    }

    private static Result execute(Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s ends", String.join(" ", command)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static void run(Map<String, String> environment, String... command) throws Exception {
        Result result = execute(environment, command);
        assertThat(result.status()).as("%s: %s", String.join(" ", command), result.output()).isZero();
    }

    @Override
    public void close() throws Exception {
        try {
            server("pg_ctl", "-D", data.toString(), "-w", "-m", "fast", "stop");
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(data.getParent());
        }
    }

    record Result(int status, String output) {
    }

    private static Path binaries() throws IOException {
        String configured = System.getenv("CTG_TEST_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        assertThat(debian).as("PostgreSQL's binaries (Debian's postgresql package, or CTG_TEST_PG_BIN)").isDirectory();
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_dump")))
                    .max(Comparator.comparingInt(dir -> Integer.parseInt(dir.getParent().getFileName().toString())))
                    .orElseThrow(() -> new AssertionError("no initdb and pg_dump under " + debian));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
