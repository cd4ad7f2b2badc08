package fr.ctg.platform.documents;

import fr.ctg.document.DocumentRef;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
    public void download(@PathVariable String conventionId, @PathVariable String sha256, HttpServletResponse response)
            throws IOException {
        download(documents, store, conventionId, sha256, response);
    }

    /**
     * Writes the stored bytes to the response as they come from the database, for the auditors' path too.
     *
     * @throws DocumentRefused 404 when the convention attached no such document
     */
    public static void download(ConventionDocuments documents, DocumentStore store, String conventionId,
                                String sha256, HttpServletResponse response) throws IOException {
        Optional<AttachedDocument> attached = DocumentStore.SHA256.matcher(sha256).matches()
                ? documents.find(conventionId, sha256) : Optional.empty();
        if (attached.isEmpty() || !store.exists(sha256)) {
            throw new DocumentRefused(HttpStatus.NOT_FOUND, "document-not-found",
                    "Convention " + conventionId + " has no document " + sha256 + ".");
        }
        DocumentRef ref = attached.get().document();
        response.setContentType(ref.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(ref.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.ETAG, "\"" + sha256 + "\"");
        store.copy(sha256, response.getOutputStream());
    }
}
