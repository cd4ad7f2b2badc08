package fr.ctg.convention;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record CafBoardDecisionRecorded(String conventionId, LocalDate decidedOn, String reference) {
}
