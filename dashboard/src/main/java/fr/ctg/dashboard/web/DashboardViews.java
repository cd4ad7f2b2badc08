package fr.ctg.dashboard.web;

import fr.ctg.actionplan.query.ActionProgressView;
import fr.ctg.actionplan.query.FindActionProgress;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.ConventionSummaryPage;
import fr.ctg.convention.query.FindConventionOverview;
import fr.ctg.convention.query.ListConventions;
import fr.ctg.convention.query.PageRequest;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.web.ViewGate;
import fr.ctg.route.query.CommuneApprovalPage;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.FindCommuneApprovals;
import fr.ctg.route.query.FindPerimeterApprovals;
import fr.ctg.route.query.PerimeterApprovalList;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The pages read the query side's views through its query handlers, gated like the HTTP views (a view being rebuilt
 * raises the query side's own 503 problem), so a page never shows a half-rebuilt view.
 */
@Component
public class DashboardViews {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);

    private final QueryGateway queries;
    private final ViewGate gate;

    DashboardViews(QueryGateway queries, ViewGate gate) {
        this.queries = queries;
        this.gate = gate;
    }

    public ConventionSummaryPage conventions() {
        return ask(ProcessorNames.CONVENTION_OVERVIEW, new ListConventions(ALL), ConventionSummaryPage.class)
                .orElseThrow();
    }

    public Optional<ConventionOverviewView> overview(String conventionId) {
        return ask(ProcessorNames.CONVENTION_OVERVIEW, new FindConventionOverview(conventionId),
                ConventionOverviewView.class);
    }

    public Optional<PerimeterApprovalList> perimeters(String conventionId) {
        return ask(ProcessorNames.PERIMETER_APPROVAL, new FindPerimeterApprovals(conventionId),
                PerimeterApprovalList.class);
    }

    public Optional<CommuneApprovalPage> communes(String conventionId, String perimeterCode, CommuneStage stage) {
        return ask(ProcessorNames.COMMUNE_APPROVAL, new FindCommuneApprovals(conventionId, perimeterCode, stage, ALL),
                CommuneApprovalPage.class);
    }

    public Optional<ActionProgressView> actions(FindActionProgress query) {
        return ask(ProcessorNames.ACTION_PROGRESS, query, ActionProgressView.class);
    }

    public static PageRequest allItems() {
        return ALL;
    }

    private <R> Optional<R> ask(String processor, Object query, Class<R> type) {
        try {
            gate.await(processor, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Optional.ofNullable(queries.query(query, ResponseTypes.instanceOf(type)).join());
    }
}
