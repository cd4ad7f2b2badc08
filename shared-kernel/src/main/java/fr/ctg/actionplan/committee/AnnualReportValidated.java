package fr.ctg.actionplan.committee;

import org.axonframework.serialization.Revision;

/** A steering committee validated the report ("bilan") of {@code year}; a year is validated once. */
@Revision("1")
public record AnnualReportValidated(String conventionId, String meetingId, int year) {
}
