package fr.ctg.audit.documents;

import fr.ctg.audit.store.EventStream;
import fr.ctg.audit.web.AuditRequestException;
import fr.ctg.platform.documents.AttachedDocument;
import fr.ctg.platform.documents.ConventionDocuments;
import fr.ctg.platform.documents.DocumentController;
import fr.ctg.platform.documents.DocumentStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The auditors' view of a convention's documents: each attachment with the event that made it and the SHA-256 that
 * event carries (the hash chain covers it), and the stored bytes; {@code POST /api/v1/audit/verify} rehashes them.
 */
@RestController
@RequestMapping("/api/v1/audit/conventions/{conventionId}/documents")
public class AuditDocumentsController {

    private final ConventionDocuments documents;
    private final DocumentStore store;
    private final EventStream events;

    AuditDocumentsController(ConventionDocuments documents, DocumentStore store, EventStream events) {
        this.documents = documents;
        this.store = store;
        this.events = events;
    }

    @GetMapping
    public List<AttachedDocument> list(@PathVariable String conventionId) {
        if (!events.conventionExists(conventionId)) {
            throw AuditRequestException.unknownConvention(conventionId);
        }
        return documents.of(conventionId);
    }

    @GetMapping("/{sha256}")
    public void download(@PathVariable String conventionId, @PathVariable String sha256,
                         HttpServletResponse response) throws IOException {
        DocumentController.download(documents, store, conventionId, sha256, response);
    }
}
