package fr.ctg.amendment.query;

import fr.ctg.amendment.Amendment;
import fr.ctg.amendment.PlanDiff;

import java.util.List;

/** An amendment with its changes, its route per party, and what it changes in the plan it amends. */
public record AmendmentView(String conventionId, Amendment amendment, List<AmendmentPartyView> parties,
                            PlanDiff diff) {
}
