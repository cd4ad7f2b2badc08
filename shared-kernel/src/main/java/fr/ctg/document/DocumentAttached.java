package fr.ctg.document;

import org.axonframework.serialization.Revision;

/**
 * A stored document was attached to the convention: its bytes were written to the document store in the same
 * transaction as this event, which carries their SHA-256 (so the hash chain covers the content).
 *
 * @param subjectKey what {@code role.subject()} it is attached to: a council key, a party id or a meeting id
 */
@Revision("1")
public record DocumentAttached(
        String conventionId,
        DocumentRole role,
        String subjectKey,
        DocumentRef document) {
}
