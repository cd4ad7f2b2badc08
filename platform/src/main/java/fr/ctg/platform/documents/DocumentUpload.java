package fr.ctg.platform.documents;

import fr.ctg.document.DocumentRef;

/** A document read and checked, not yet stored: {@link DocumentStore#save} writes it in the event's transaction. */
public record DocumentUpload(DocumentRef ref, byte[] content) {
}
