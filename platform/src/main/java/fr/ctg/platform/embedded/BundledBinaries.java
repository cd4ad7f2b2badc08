package fr.ctg.platform.embedded;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the library unpacked PostgreSQL's programs, so that the service can run {@code pg_ctl} and single-user
 * {@code postgres} itself before the server starts. The library unpacks the archive its resolver returns into
 * {@code <working directory>/PG-<md5 of the archive>}; this resolver hands it the bundled archive and digests the
 * same bytes as they are read. One instance for the JVM: the library caches unpacked binaries per resolver.
 */
final class BundledBinaries implements PgBinaryResolver {

    static final BundledBinaries INSTANCE = new BundledBinaries();

    private final Path workingDirectory = Path.of(System.getProperty("ot.epg.working-dir",
            Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
    private volatile String archiveDigest;

    private BundledBinaries() {
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new FilterInputStream(new DigestInputStream(archive, md5)) {
            private boolean closed;

            @Override
            public void close() throws IOException {
                super.close();
                if (!closed) {
                    closed = true;
                    archiveDigest = HexFormat.of().formatHex(md5.digest());
                }
            }
        };
    }

    /** A program of the unpacked distribution, e.g. {@code pg_ctl}; only once the library has prepared them. */
    Path program(String name) {
        if (archiveDigest == null) {
            throw new IllegalStateException("The embedded PostgreSQL binaries are not unpacked yet");
        }
        Path program = workingDirectory.resolve("PG-" + archiveDigest).resolve("bin").resolve(name);
        if (!Files.isExecutable(program)) {
            throw new IllegalStateException("No PostgreSQL program " + program);
        }
        return program;
    }
}
