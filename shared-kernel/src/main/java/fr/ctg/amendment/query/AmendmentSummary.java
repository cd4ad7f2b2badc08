package fr.ctg.amendment.query;

import fr.ctg.amendment.AmendmentState;

import java.time.LocalDate;

public record AmendmentSummary(int number, int version, String title, AmendmentState state, LocalDate inForceOn) {
}
