package fr.ctg.route.query;

import java.util.List;

/** Councils of several conventions, by convention, then the communes in their order, then the EPCI. */
public record CouncilList(List<CommuneApprovalView> councils) {
}
