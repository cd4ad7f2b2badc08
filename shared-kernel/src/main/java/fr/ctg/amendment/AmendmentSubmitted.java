package fr.ctg.amendment;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The amendment's text is final: its parties' councils may now deliberate on it and its parties sign it. */
@Revision("1")
public record AmendmentSubmitted(String conventionId, int amendmentNumber, LocalDate submittedOn) {
}
