package fr.ctg.document;

/** What a document is, and so what it is attached to ({@link DocumentSubject}). */
public enum DocumentRole {
    /** The council's signed deliberation. */
    SIGNED_DELIBERATION(DocumentSubject.DELIBERATION),
    /** An annex of the deliberation. */
    ANNEX(DocumentSubject.DELIBERATION),
    /** The act as stamped by the prefecture (its ACTES identifier and receipt date on it). */
    STAMPED_ACT(DocumentSubject.TRANSMISSION),
    /** The prefecture's acknowledgement of receipt, the ACTES {@code ARActe} XML. */
    RECEIPT(DocumentSubject.TRANSMISSION),
    /** The convention as signed by a party. */
    SIGNED_CONVENTION(DocumentSubject.SIGNATURE),
    /** The minutes of a committee meeting. */
    MINUTES(DocumentSubject.MEETING);

    private final DocumentSubject subject;

    DocumentRole(DocumentSubject subject) {
        this.subject = subject;
    }

    public DocumentSubject subject() {
        return subject;
    }
}
