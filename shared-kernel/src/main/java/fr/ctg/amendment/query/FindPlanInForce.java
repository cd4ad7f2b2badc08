package fr.ctg.amendment.query;

import java.time.LocalDate;

/** The plan in force on {@code on} (a Paris day). */
public record FindPlanInForce(String conventionId, LocalDate on) {
}
