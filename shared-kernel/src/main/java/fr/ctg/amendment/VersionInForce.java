package fr.ctg.amendment;

import java.time.LocalDate;

/**
 * A version of the plan and the day it came into force: version 1 on the convention's signature, version N+1 on the
 * last signature of the amendment that made it ({@code amendmentNumber}, 0 for version 1).
 */
public record VersionInForce(PlanVersion plan, int amendmentNumber, LocalDate inForceFrom) {
}
