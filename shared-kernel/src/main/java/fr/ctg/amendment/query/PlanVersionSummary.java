package fr.ctg.amendment.query;

import java.time.LocalDate;

/**
 * One version of the plan and its state: IN_FORCE (the latest in force), SUPERSEDED, PENDING (an amendment's,
 * before every party has signed it) or DRAFT (version 1 before the signature).
 */
public record PlanVersionSummary(int version, int amendmentNumber, String state, LocalDate inForceFrom,
                                 int actions) {
}
