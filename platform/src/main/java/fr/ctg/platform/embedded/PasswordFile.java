package fr.ctg.platform.embedded;

import fr.ctg.platform.files.OwnerOnlyFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded cluster's generated passwords, one per login role, in a file only its owner can read. The format is
 * libpq's password file ({@code *:*:*:role:password}), so that {@code PGPASSFILE=that-file psql ...} just works.
 */
final class PasswordFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Map<String, String> passwords;
    private final boolean generated;

    private PasswordFile(Path file, Map<String, String> passwords, boolean generated) {
        this.file = file;
        this.passwords = passwords;
        this.generated = generated;
    }

    /** The passwords of {@code roles} kept in {@code file}; any role missing there gets a new one, saved at once. */
    static PasswordFile load(Path file, List<String> roles) {
        Map<String, String> passwords = read(file);
        boolean generated = false;
        for (String role : roles) {
            if (!passwords.containsKey(role)) {
                passwords.put(role, newPassword());
                generated = true;
            }
        }
        if (generated) {
            StringBuilder content = new StringBuilder();
            passwords.forEach((role, password) -> content.append("*:*:*:").append(role).append(':').append(password)
                    .append(System.lineSeparator()));
            OwnerOnlyFile.write(file, content.toString(), "the embedded database's password file");
        }
        return new PasswordFile(file, passwords, generated);
    }

    String of(String role) {
        String password = passwords.get(role);
        if (password == null) {
            throw new IllegalStateException("No password for role " + role + " in " + file);
        }
        return password;
    }

    /** True when at least one password was created now: the cluster does not know it yet. */
    boolean generated() {
        return generated;
    }

    Path path() {
        return file;
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> passwords = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return passwords;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.strip().split(":", 5);
                if (fields.length == 5 && !fields[4].isEmpty()) {
                    passwords.put(fields[3], fields[4]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded database's password file " + file, e);
        }
        return passwords;
    }

    private static String newPassword() {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        // URL-safe Base64 has neither ':' nor '\', the two characters the file format would need to escape.
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
