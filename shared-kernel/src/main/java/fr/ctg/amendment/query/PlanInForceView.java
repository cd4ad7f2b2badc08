package fr.ctg.amendment.query;

import fr.ctg.amendment.PlanVersion;

import java.time.LocalDate;

/**
 * The plan in force on {@code on}: its version, since when, and which amendment made it (0 for version 1). Before
 * the signature no version is in force: {@code inForce} is false and {@code plan} is version 1 as shaped so far.
 *
 * @param pendingAmendment the amendment open that day and not yet in force, or null
 */
public record PlanInForceView(String conventionId, LocalDate on, boolean inForce, int version,
                              LocalDate inForceFrom, int amendmentNumber, Integer pendingAmendment, PlanVersion plan) {
}
