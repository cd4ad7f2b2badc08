package fr.ctg.convention.query;

import fr.ctg.convention.Period;
import fr.ctg.route.Signatory;
import fr.ctg.route.query.RouteTotals;

import java.util.List;

public record ConventionOverviewView(String conventionId, String name, String caf, Period period,
                                     ConventionStage stage, ConventionMilestones milestones, RouteTotals route,
                                     List<Signatory> signatories) {
}
