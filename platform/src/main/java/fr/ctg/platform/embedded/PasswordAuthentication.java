package fr.ctg.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The embedded cluster asks every connection for a password (SCRAM-SHA-256): the library's initdb trusts every local
 * user, which let anyone on the host change events as the superuser. Before the server starts, single-user
 * {@code postgres} sets the passwords of the password file and creates the login roles; then pg_hba.conf is
 * replaced. Nothing listens while the passwords are being set, so there is no moment of trust on a new cluster.
 */
final class PasswordAuthentication {

    /** Marks the pg_hba.conf written here, so that a restart does not redo the work. */
    static final String MARKER = "# ctg: password authentication for every connection";
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PasswordAuthentication() {
    }

    static boolean inPlace(Path dataDirectory) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            return Files.exists(hba) && Files.readString(hba).contains(MARKER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void apply(Path dataDirectory, Path postgresProgram, DatabaseRoles roles, PasswordFile passwords) {
        roles.logins().forEach(PasswordAuthentication::checkName);
        Programs.Result result = Programs.run(postgresProgram,
                List.of("--single", "-j", "-D", dataDirectory.toString(), "postgres"), script(roles, passwords),
                Duration.ofMinutes(2));
        if (result.exitCode() != 0 || result.output().contains("ERROR:") || result.output().contains("FATAL:")) {
            // The output has no password: the statements are not echoed, only their errors.
            throw new IllegalStateException("Could not set the embedded database's passwords: " + result.output());
        }
        writeHba(dataDirectory);
    }

    /** Statements for single-user mode (-j: each ends with a semicolon and an empty line). */
    private static String script(DatabaseRoles roles, PasswordFile passwords) {
        StringBuilder sql = new StringBuilder("SET password_encryption = 'scram-sha-256';\n\n");
        sql.append("ALTER ROLE ").append(roles.superuser()).append(" PASSWORD '")
                .append(passwords.of(roles.superuser())).append("';\n\n");
        for (String role : List.of(roles.owner(), roles.service(), roles.maintenance())) {
            sql.append("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '").append(role)
                    .append("') THEN CREATE ROLE ").append(role).append("; END IF; END $$;\n\n");
            sql.append("ALTER ROLE ").append(role).append(" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                    + "NOBYPASSRLS PASSWORD '").append(passwords.of(role)).append("';\n\n");
        }
        // The owner creates the schema's tables (and Flyway's history) there.
        sql.append("GRANT USAGE, CREATE ON SCHEMA public TO ").append(roles.owner()).append(";\n\n");
        // A directory migrated before the roles existed has its tables owned by the superuser: they pass to the
        // owner (a sequence owned by a column follows its table).
        sql.append("""
                DO $$ DECLARE relation regclass; BEGIN
                  FOR relation IN SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                      AND pg_get_userbyid(c.relowner) <> '%1$s'
                      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                          AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
                  LOOP
                    EXECUTE format('ALTER TABLE %%s OWNER TO %1$s', relation);
                  END LOOP;
                END $$;

                """.formatted(roles.owner()));
        return sql.toString();
    }

    private static void writeHba(Path dataDirectory) {
        String hba = String.join(System.lineSeparator(),
                MARKER + " (SCRAM-SHA-256); the passwords are in the",
                "# service's database password file (docs/database-roles.md). Written by the service at start.",
                "local   all   all                 scram-sha-256",
                "host    all   all   127.0.0.1/32  scram-sha-256",
                "host    all   all   ::1/128       scram-sha-256",
                "");
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), hba);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dataDirectory.resolve("pg_hba.conf"), e);
        }
    }

    private static void checkName(String role) {
        if (!ROLE_NAME.matcher(role).matches()) {
            throw new IllegalArgumentException("Not a plain PostgreSQL role name: " + role);
        }
    }
}
