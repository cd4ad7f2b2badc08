package fr.ctg.actionplan.committee;

import org.axonframework.serialization.Revision;

/** A decision a committee took in words, changing nothing else in the record. */
@Revision("1")
public record CommitteeDecisionRecorded(String conventionId, String meetingId, String text) {
}
