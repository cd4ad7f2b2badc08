package fr.ctg.actionplan.committee;

import org.axonframework.serialization.Revision;

/** A committee asked for an amendment (avenant) of the convention; the amendment's own process starts from it. */
@Revision("1")
public record AmendmentRequested(String conventionId, String meetingId, String text) {
}
