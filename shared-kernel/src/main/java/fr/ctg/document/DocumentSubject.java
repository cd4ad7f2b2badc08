package fr.ctg.document;

/**
 * What a document is attached to, and what its {@code subjectKey} names: a council's deliberation or transmission
 * (the INSEE code of a commune, the SIREN of the EPCI), a party's signature (the party id), a committee meeting (its
 * id). Amendments (avenants) will be another subject.
 */
public enum DocumentSubject {
    DELIBERATION, TRANSMISSION, SIGNATURE, MEETING
}
