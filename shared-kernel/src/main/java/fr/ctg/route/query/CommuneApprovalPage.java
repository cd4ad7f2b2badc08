package fr.ctg.route.query;

import java.util.List;

public record CommuneApprovalPage(String conventionId, List<CommuneApprovalView> items, int page, int size,
                                  long totalItems) {
}
