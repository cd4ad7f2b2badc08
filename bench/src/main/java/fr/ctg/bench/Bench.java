package fr.ctg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.command.CommandSideApplication;
import fr.ctg.platform.security.Accounts;
import fr.ctg.platform.security.CoordinatorAssignments;
import fr.ctg.platform.security.Role;
import fr.ctg.query.QuerySideApplication;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.processing.QueryProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark harness of issue 7: builds the national fixture through the command API, then measures append,
 * rebuild and read, each beside what the machine can do at all and what the stack allows before this service does
 * anything ({@link CeilingBench}), and prints and writes a table.
 * Options: --epci-limit=N (default 40), --updates=N status updates per action and year (default 5),
 * --seconds=N per append step (default 10), --append-warmup-seconds=N (default 30), --read-seconds=N (default 20),
 * --read-warmup-seconds=N (default 30), --read-writes-per-second=N (commands applied during the read step, default 40),
 * --defaults-seconds=N (default 60), --reference=DIR (default ../shared/reference from the repository root),
 * --out=FILE, --fixture-clients=N (default 8), --data-dir=DIR (default bench/target/pg-bench), --reuse-fixture=true
 * (keep the data directory and, when it holds events, skip the fixture: the national fixture is built once, then
 * measured as often as needed), --fixture-only=true (stop after the fixture), --steps=append,rebuild,read,defaults
 * (the steps to measure, all by default; also cpu, audit, pages and startup, with --audit-repeats=N,
 * --app-jar=FILE and --cds=DIR, the extracted jar and archive of scripts/cds.sh, to measure starts with class data
 * sharing too; pages with --pages-seconds=N per page (default 20) after --pages-warmup-seconds=N (default 10) and
 * --report-repeats=N sequential requests of each annual report format (default 20)), --durable=false (PostgreSQL
 * without fsync, as test databases run),
 * --pg.NAME=VALUE (a PostgreSQL setting, e.g. --pg.shared_preload_libraries=pg_stat_statements to see where the
 * database spends its time); any --ctg.*, --axon.*, --spring.*, --management.* or --server.* option is passed to
 * the services.
 */
public final class Bench {

    static final String ADMIN = "bench-admin";
    static final String COORDINATOR = "bench-coordinator";
    static final String READER = "bench-reader";
    static final List<String> ACTION_IDS = List.of("pe-01", "pe-02", "pe-03", "pe-04", "pe-05", "pe-06", "pe-07",
            "pe-08", "par-01", "par-02", "ej-01", "ej-02", "ej-03", "ej-04", "ej-05", "ej-06", "ej-07", "ej-08", "ej-09",
            "ej-10", "ej-11", "avs-01", "avs-02", "avs-03", "avs-04", "avs-05", "avs-06");

    private Bench() {
    }

    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Throwable failure) {
            // Exit at once: Spring contexts left open would keep retrying against the stopped database.
            failure.printStackTrace();
            System.exit(1);
        }
    }

    /** The non-blank items of a separated option's value. */
    private static List<String> list(String value, String separator) {
        return java.util.Arrays.stream(value.split(separator)).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    private static void run(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        options.forEach((key, value) -> {
            if (key.matches("(ctg|axon|spring|management|server)\\..*")) {
                SETTINGS.add(key + "=" + value);
            }
        });
        int epciLimit = Integer.parseInt(options.getOrDefault("epci-limit", "40"));
        int updates = Integer.parseInt(options.getOrDefault("updates", "5"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        int readSeconds = Integer.parseInt(options.getOrDefault("read-seconds", "20"));
        int appendWarmup = Integer.parseInt(options.getOrDefault("append-warmup-seconds", "30"));
        int readWrites = Integer.parseInt(options.getOrDefault("read-writes-per-second",
                String.valueOf(ReadBench.WRITES_PER_SECOND)));
        if (readWrites < 0) {
            throw new IllegalArgumentException("--read-writes-per-second takes 0 or more, not " + readWrites);
        }
        int readWarmup = Integer.parseInt(options.getOrDefault("read-warmup-seconds", "30"));
        int defaultsSeconds = Integer.parseInt(options.getOrDefault("defaults-seconds", "60"));
        int fixtureClients = Integer.parseInt(options.getOrDefault("fixture-clients", "8"));
        boolean reuse = Boolean.parseBoolean(options.getOrDefault("reuse-fixture", "false"));
        List<String> steps = List.of(options.getOrDefault("steps", String.join(",", STEPS)).split(","));
        if (!STEPS.containsAll(steps)) {
            throw new IllegalArgumentException("--steps takes some of " + STEPS + ", not " + steps);
        }
        Path repo = repositoryRoot();
        Path reference = Path.of(options.getOrDefault("reference", repo.resolve("../shared/reference").toString()));
        Path out = Path.of(options.getOrDefault("out", repo.resolve("bench/target/bench-results.md").toString()));
        Report report = new Report(out);
        report.line("# CTG benchmark, " + java.time.LocalDateTime.now().withNano(0));
        report.line("machine: " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, JDK " + System.getProperty("java.version")
                + "; options " + options);

        Path dataDir = Path.of(options.getOrDefault("data-dir", repo.resolve("bench/target/pg-bench").toString()));
        if (!reuse) {
            deleteRecursively(dataDir);
        }
        // As in production (and the service's embedded default): a commit is acknowledged once it is on disk. The
        // library's test defaults (no fsync, asynchronous commit) would flatter the JDBC limit and batches of one.
        boolean durable = Boolean.parseBoolean(options.getOrDefault("durable", "true"));
        EmbeddedPostgres.Builder database = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                .setCleanDataDirectory(!reuse);
        if (durable) {
            database.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        options.forEach((key, value) -> {
            if (key.startsWith("pg.")) {
                database.setServerConfig(key.substring(3), value);
            }
        });
        try (EmbeddedPostgres postgres = database.start()) {
            JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
            report.line("PostgreSQL: fsync " + jdbc.queryForObject("SHOW fsync", String.class)
                    + ", synchronous_commit " + jdbc.queryForObject("SHOW synchronous_commit", String.class));
            String url = postgres.getJdbcUrl("postgres", "postgres");
            ConfigurableApplicationContext commands = start(CommandSideApplication.class, url);
            String commandUrl = "http://localhost:" + port(commands);
            Accounts accounts = commands.getBean(Accounts.class);
            accounts.create(ADMIN, Http.PASSWORD, EnumSet.of(Role.ADMINISTRATOR));
            accounts.create(COORDINATOR, Http.PASSWORD, EnumSet.of(Role.COORDINATOR));
            accounts.create(READER, Http.PASSWORD, EnumSet.of(Role.DASHBOARD_READER));
            accounts.create(AuditBench.AUDITOR, Http.PASSWORD, EnumSet.of(Role.AUDITOR));
            CoordinatorAssignments assignments = commands.getBean(CoordinatorAssignments.class);

            List<NationalFixture.Epci> epcis = NationalFixture.read(reference, epciLimit);
            long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
            if (reuse && events > 0) {
                report.line(String.format("fixture: reused from %s, %d events (%d conventions)", dataDir, events,
                        jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry",
                                Long.class)));
            } else {
                long t0 = System.nanoTime();
                long sent = NationalFixture.generate(commandUrl, epcis, updates, fixtureClients,
                        id -> assignments.assign(id, COORDINATOR, ADMIN));
                double fixtureSeconds = (System.nanoTime() - t0) / 1e9;
                events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
                report.line(String.format("fixture: %d conventions (EPCIs), %d communes, %d commands, %d events in "
                                + "%.0f s (%.0f events/s through HTTP, %d clients)", epcis.size(),
                        epcis.stream().mapToInt(e -> e.communes().size()).sum(), sent, events, fixtureSeconds,
                        events / fixtureSeconds, fixtureClients));
            }

            if (Boolean.parseBoolean(options.getOrDefault("fixture-only", "false"))) {
                commands.close();
                report.write();
                return;
            }
            List<String> appendIds = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String id = "bench-append-" + i;
                assignments.assign(id, COORDINATOR, ADMIN);
                String[] defined = Http.post(commandUrl + "/api/v1/conventions", ADMIN,
                        NationalFixture.definition(id, epcis.get(0)));
                if (!defined[0].equals("201") && !(reuse && defined[0].equals("409"))) {
                    throw new IllegalStateException("defining " + id + " -> " + defined[0] + " " + defined[1]);
                }
                appendIds.add(id);
            }
            if (steps.contains("append")) {
                AppendBench.run(report, commandUrl, appendIds, postgres.getPostgresDatabase(), seconds,
                        appendWarmup);
            }
            if (steps.contains("cpu")) {
                // After the append step the service is warm; alone, the CPU step warms up for as long as that step would.
                CpuBench.run(report, new ProcCpu(dataDir), commandUrl, appendIds, seconds,
                        steps.contains("append") ? 0 : appendWarmup);
            }
            // The append steps added events: the rebuild and the scan both cover the whole store as it is now.
            events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
            if (steps.contains("rebuild")) {
                RebuildBench.scan(report, jdbc, events);
            }
            if (steps.contains("rebuild") || steps.contains("read") || steps.contains("audit")) {
                ConfigurableApplicationContext queries = start(QuerySideApplication.class, url);
                if (steps.contains("rebuild")) {
                    QueryProperties tuning = queries.getBean(QueryProperties.class);
                    RebuildBench.rebuild(report, "tuned, one pass for every view (then processors of batch " + tuning.batchSize() + ", " + tuning.segments()
                            + " segments)", "http://localhost:" + port(queries), events, 3600);
                    long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
                    // One processor too: what merging every view into one processing group could reach at most.
                    for (int processors : new int[] {1, ProcessorNames.ALL.size()}) {
                        double ceiling = CeilingBench.axonProcessors(queries.getBean(EventStore.class), tuning,
                                processors, head, 3600);
                        report.figures.put(processors == 1 ? "rebuild-ceiling-one" : "rebuild-ceiling", ceiling);
                        report.line(String.format("| %d Axon processor(s) at the tuned settings, handlers that only "
                                + "deserialize, nothing written (the stack's ceiling) | %.0f |", processors, ceiling));
                    }
                }
                if (steps.contains("audit")) {
                    RebuildBench.awaitNoRebuild(report, "http://localhost:" + port(queries));
                    AuditBench.run(report, jdbc, "http://localhost:" + port(queries),
                            Integer.parseInt(options.getOrDefault("audit-repeats", "50")));
                }
                if (steps.contains("read")) {
                    RebuildBench.awaitNoRebuild(report, "http://localhost:" + port(queries));
                    ReadBench.run(report, commandUrl, "http://localhost:" + port(queries), epcis, appendIds,
                            readWrites, readWarmup, readSeconds);
                }
                queries.close();
            }
            if (steps.contains("defaults")) {
                // Axon's defaults: each processor replays the store itself, one event per transaction.
                ConfigurableApplicationContext defaults = start(QuerySideApplication.class, url,
                        "ctg.query.batch-size=1", "ctg.query.segments=1", "ctg.query.rebuild.one-pass=false");
                report.line("");
                report.line("## Rebuild at Axon's default processor settings (the same events)");
                report.line("| what | events/s |");
                report.line("|---|---|");
                RebuildBench.rebuild(report, "Axon defaults (batch 1, 1 segment)",
                        "http://localhost:" + port(defaults), events, defaultsSeconds);
                defaults.close();
            }
            commands.close();
            Path appJar = Path.of(options.getOrDefault("app-jar", repo.resolve("app/target/ctg-app.jar").toString()));
            if (steps.contains("pages")) {
                // After both sides are closed: the application runs the same processors on the same tokens.
                PagesBench.run(report, appJar, repo.resolve("bench/target/pages"), url, jdbc, SETTINGS,
                        Integer.parseInt(options.getOrDefault("pages-warmup-seconds", "10")),
                        Integer.parseInt(options.getOrDefault("pages-seconds", "20")),
                        Integer.parseInt(options.getOrDefault("report-repeats", "20")),
                        list(options.getOrDefault("pages", ""), ","),
                        list(options.getOrDefault("app-jvm-options", ""), " "));
            }
            if (steps.contains("startup")) {
                StartupBench.run(report, appJar, repo.resolve("bench/target/startup"),
                        options.containsKey("cds") ? Path.of(options.get("cds")) : null);
            }
            report.ratios();
        }
        report.write();
    }

    private static final List<String> STEPS = List.of("append", "cpu", "rebuild", "audit", "read", "defaults",
            "pages", "startup");

    /** Service settings given on the command line (--ctg.*, --axon.*, --spring.*), for measuring one tuning at a time. */
    private static final List<String> SETTINGS = new ArrayList<>();

    static ConfigurableApplicationContext start(Class<?> application, String url, String... extra) {
        List<String> properties = new ArrayList<>(List.of("spring.datasource.url=" + url,
                "spring.datasource.username=postgres", "spring.datasource.password=postgres",
                "server.port=0", "ctg.security.bcrypt-strength=4", "logging.level.root=WARN",
                "ctg.security.initial-admin-file=target/bench-admin-password"));
        properties.addAll(SETTINGS);
        properties.addAll(List.of(extra));
        return new SpringApplicationBuilder(application).properties(properties.toArray(String[]::new)).run();
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    static final ObjectMapper JSON = new ObjectMapper();

    /** The directory holding the root pom (run from the root or from bench/). */
    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("bench/pom.xml")) ? here : here.getParent();
    }

    static void deleteRecursively(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
