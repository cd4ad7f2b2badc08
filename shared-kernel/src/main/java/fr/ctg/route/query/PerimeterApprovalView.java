package fr.ctg.route.query;

import java.util.List;

public record PerimeterApprovalView(String conventionId, String perimeterCode, String perimeterName,
                                    RouteTotals totals, List<SignatureBlocker> blockers) {
}
