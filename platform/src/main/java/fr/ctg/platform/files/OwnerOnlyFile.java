package fr.ctg.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file only its owner can read and write (0600 where the file system has POSIX permissions), for secrets the
 * service generates: created with those permissions before anything is written, so that the secret is never
 * readable by others, not even for a moment.
 */
public final class OwnerOnlyFile {

    private OwnerOnlyFile() {
    }

    /** Replaces {@code file} (and creates its directory) with {@code content}; {@code what} names it in an error. */
    public static void write(Path file, String content, String what) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, content, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + what + " " + file.toAbsolutePath().normalize(), e);
        }
    }
}
