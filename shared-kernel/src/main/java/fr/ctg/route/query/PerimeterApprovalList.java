package fr.ctg.route.query;

import java.util.List;

public record PerimeterApprovalList(String conventionId, List<PerimeterApprovalView> perimeters) {
}
