package fr.ctg.platform.documents;

import fr.ctg.document.DocumentRef;
import fr.ctg.document.DocumentRole;
import fr.ctg.document.DocumentSubject;

/** A document as one of a convention's events attached it: which event, when, to what, and what it hashes to. */
public record AttachedDocument(String conventionId, long globalPosition, long sequenceNumber, String eventId, String attachedAt,
                               DocumentRole role, DocumentSubject subject, String subjectKey, DocumentRef document) {
}
