package fr.ctg.dashboard.documents;

import fr.ctg.document.DocumentSubject;
import fr.ctg.platform.documents.AttachedDocument;
import fr.ctg.platform.documents.ConventionDocuments;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The documents a page lists, read from the convention's events (docs/adr/0010-documents-in-postgresql.md): a
 * council's (its deliberation's and its transmission's) on its page, all of them, with their hashes, on the history.
 */
@Component
public class PageDocuments {

    private static final Set<DocumentSubject> COUNCIL = EnumSet.of(DocumentSubject.DELIBERATION,
            DocumentSubject.TRANSMISSION);

    private final ConventionDocuments documents;

    PageDocuments(ConventionDocuments documents) {
        this.documents = documents;
    }

    /** The documents of the council whose key (INSEE code or SIREN) is {@code council}. */
    public List<AttachedDocument> ofCouncil(String conventionId, String council) {
        return documents.of(conventionId, council).stream().filter(d -> COUNCIL.contains(d.subject())).toList();
    }

    /** Every document of the convention, or those attached to {@code subjectKey} when it is not null. */
    public List<AttachedDocument> of(String conventionId, String subjectKey) {
        // The subject is chosen in SQL: only its documents are read and decoded.
        return subjectKey == null ? documents.of(conventionId) : documents.of(conventionId, subjectKey);
    }
}
