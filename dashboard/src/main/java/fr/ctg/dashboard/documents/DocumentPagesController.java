package fr.ctg.dashboard.documents;

import fr.ctg.platform.documents.ConventionDocuments;
import fr.ctg.platform.documents.DocumentController;
import fr.ctg.platform.documents.DocumentStore;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;

/**
 * A convention's document downloaded from a page, with the session: the same bytes, headers and refusals as the
 * API's {@code GET /api/v1/conventions/{id}/documents/{sha256}}, which a link in a page cannot reach (the API's chain
 * is stateless).
 */
@Controller
public class DocumentPagesController {

    private final ConventionDocuments documents;
    private final DocumentStore store;

    DocumentPagesController(ConventionDocuments documents, DocumentStore store) {
        this.documents = documents;
        this.store = store;
    }

    @GetMapping("/ui/conventions/{conventionId}/documents/{sha256}")
    public void download(@PathVariable String conventionId, @PathVariable String sha256,
                         HttpServletResponse response) throws IOException {
        DocumentController.download(documents, store, conventionId, sha256, response);
    }
}
