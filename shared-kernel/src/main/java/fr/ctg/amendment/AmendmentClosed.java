package fr.ctg.amendment;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The amendment is withdrawn or refused ({@code outcome}): the plan stays as it was. */
@Revision("1")
public record AmendmentClosed(String conventionId, int amendmentNumber, AmendmentState outcome, LocalDate closedOn, String reason) {
}
