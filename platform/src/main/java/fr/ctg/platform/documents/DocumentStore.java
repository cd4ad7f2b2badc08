package fr.ctg.platform.documents;

import fr.ctg.document.DocumentRef;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The documents, in PostgreSQL, each once, keyed by the SHA-256 of its bytes (docs/adr/0010-documents.md). Reading an
 * upload stops as soon as it passes the size limit; its media type is the one its content shows. Saving belongs in
 * the transaction that appends the event referencing the document: a refused command rolls it back with the event,
 * so no document is ever stored without the event that references it.
 */
@Component
public class DocumentStore {

    public static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final JdbcTemplate jdbc;
    private final long maxBytes;

    DocumentStore(JdbcTemplate jdbc, @Value("${ctg.documents.max-bytes:20971520}") long maxBytes) {
        this.jdbc = jdbc;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads, hashes and checks a document; nothing is stored yet.
     *
     * @throws DocumentRefused 413 past the size limit (read no further), 415 for a type not allowed, 400 for an
     *                         empty document or unsafe XML
     */
    public DocumentUpload read(InputStream in, String fileName) {
        MessageDigest sha = sha256();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw DocumentRefused.tooLarge(maxBytes);
                }
                sha.update(buffer, 0, n);
                bytes.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (total == 0) {
            throw new DocumentRefused(HttpStatus.BAD_REQUEST, "document-empty", "The document is empty.");
        }
        byte[] content = bytes.toByteArray();
        String mediaType = DocumentTypes.check(content);
        return new DocumentUpload(new DocumentRef(HexFormat.of().formatHex(sha.digest()), total, mediaType,
                FileNames.safe(fileName)), content);
    }

    /** Writes the document unless the same bytes are there already; only inside the referencing event's transaction. */
    public void save(DocumentUpload upload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A document is saved in the transaction of the event that references it");
        }
        jdbc.update("""
                INSERT INTO document (sha256, size_bytes, media_type, content) VALUES (?, ?, ?, ?)
                ON CONFLICT (sha256) DO NOTHING""", upload.ref().sha256(), upload.ref().size(),
                upload.ref().mediaType(), upload.content());
    }

    public boolean exists(String sha256) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM document WHERE sha256 = ?)",
                Boolean.class, sha256));
    }

    /** Copies the stored bytes to {@code out}; false when there is no such document. */
    public boolean copy(String sha256, OutputStream out) {
        List<Boolean> found = jdbc.query("SELECT content FROM document WHERE sha256 = ?", (rs, row) -> {
            try (InputStream content = rs.getBinaryStream(1)) {
                content.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        }, sha256);
        return !found.isEmpty();
    }

    /** The SHA-256 of the bytes stored under {@code sha256} now, computed by PostgreSQL; empty when none is stored. */
    public Optional<String> hashOfStoredBytes(String sha256) {
        return jdbc.query("SELECT encode(sha256(content), 'hex') FROM document WHERE sha256 = ?",
                (rs, row) -> rs.getString(1), sha256).stream().findFirst();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
