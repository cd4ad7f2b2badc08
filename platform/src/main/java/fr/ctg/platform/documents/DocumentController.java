package fr.ctg.platform.documents;

import fr.ctg.document.DocumentRef;
import fr.ctg.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.List;
import java.util.Optional;

/**
 * A convention's documents: the list with their hashes, and each one's bytes as stored, streamed, as an attachment
 * whose name cannot inject a header nor a path. A document is served only through a convention that attached it.
 */
@RestController
public class DocumentController {

    private final ConventionDocuments documents;
    private final DocumentStore store;

    DocumentController(ConventionDocuments documents, DocumentStore store) {
        this.documents = documents;
        this.store = store;
    }

    @GetMapping("/api/v1/conventions/{conventionId}/documents")
    public List<AttachedDocument> list(@PathVariable String conventionId) {
        return documents.of(conventionId);
    }

    @GetMapping("/api/v1/conventions/{conventionId}/documents/{sha256}")
    public ResponseEntity<?> download(@PathVariable String conventionId, @PathVariable String sha256) {
        return download(documents, store, conventionId, sha256);
    }

    /** The download answer, for the auditors' path too. */
    public static ResponseEntity<?> download(ConventionDocuments documents, DocumentStore store, String conventionId,
                                             String sha256) {
        Optional<AttachedDocument> attached = DocumentStore.SHA256.matcher(sha256).matches()
                ? documents.find(conventionId, sha256) : Optional.empty();
        if (attached.isEmpty() || !store.exists(sha256)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND,
                    "document-not-found", "Convention " + conventionId + " has no document " + sha256 + "."));
        }
        DocumentRef ref = attached.get().document();
        StreamingResponseBody body = out -> store.copy(sha256, out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ref.mediaType()))
                .contentLength(ref.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(ref.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .eTag("\"" + sha256 + "\"")
                .body(body);
    }
}
