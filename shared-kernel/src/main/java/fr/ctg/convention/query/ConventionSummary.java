package fr.ctg.convention.query;

import fr.ctg.convention.Period;

import java.time.LocalDate;

public record ConventionSummary(String conventionId, String name, String caf, Period period, ConventionStage stage,
                                LocalDate signedOn) {
}
