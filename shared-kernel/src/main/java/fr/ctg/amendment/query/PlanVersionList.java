package fr.ctg.amendment.query;

import java.util.List;

public record PlanVersionList(String conventionId, List<PlanVersionSummary> versions, List<AmendmentSummary> amendments) {
}
