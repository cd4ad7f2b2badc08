package fr.ctg.dashboard.web;

import fr.ctg.amendment.PlanDiff;
import fr.ctg.amendment.query.AmendmentView;
import fr.ctg.amendment.query.FindAmendment;
import fr.ctg.amendment.query.FindPlanDiff;
import fr.ctg.amendment.query.FindPlanInForce;
import fr.ctg.amendment.query.FindPlanVersions;
import fr.ctg.amendment.query.PlanInForceView;
import fr.ctg.amendment.query.PlanVersionList;
import fr.ctg.actionplan.committee.query.FindMeetings;
import fr.ctg.actionplan.committee.query.MeetingList;
import fr.ctg.actionplan.indicator.query.FindActionIndicators;
import fr.ctg.actionplan.indicator.query.IndicatorList;
import fr.ctg.actionplan.query.ActionProgressView;
import fr.ctg.actionplan.query.FindActionProgress;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.ConventionSummaryPage;
import fr.ctg.convention.query.FindConventionOverview;
import fr.ctg.convention.query.ListConventions;
import fr.ctg.convention.query.PageRequest;
import fr.ctg.query.api.QuerySideViews;
import fr.ctg.route.query.CommuneApprovalPage;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.FindCommuneApprovals;
import fr.ctg.route.query.FindEpciApproval;
import fr.ctg.route.query.FindPerimeterApprovals;
import fr.ctg.route.query.PerimeterApprovalList;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The pages read the query side's views through its published interface, gated like the HTTP views (a view being
 * rebuilt raises the query side's own 503 problem), so a page never shows a half-rebuilt view.
 */
@Component
public class DashboardViews {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);

    private final QuerySideViews views;

    DashboardViews(QuerySideViews views) {
        this.views = views;
    }

    /** One page of the conventions, in the view's order. */
    public ConventionSummaryPage conventions(PageRequest page) {
        return views.conventions(new ListConventions(page)).orElseThrow();
    }

    public Optional<ConventionOverviewView> overview(String conventionId) {
        return views.overview(new FindConventionOverview(conventionId));
    }

    public Optional<PerimeterApprovalList> perimeters(String conventionId) {
        return views.perimeters(new FindPerimeterApprovals(conventionId));
    }

    public Optional<CommuneApprovalPage> communes(String conventionId, String perimeterCode, CommuneStage stage) {
        return views.communes(new FindCommuneApprovals(conventionId, perimeterCode, stage, ALL));
    }

    /** The EPCI's council on its route, shaped like a commune's; empty when the EPCI is not a party. */
    public Optional<CommuneApprovalView> epci(String conventionId) {
        return views.epci(new FindEpciApproval(conventionId));
    }

    public Optional<ActionProgressView> actions(FindActionProgress query) {
        return views.actions(query);
    }

    public Optional<MeetingList> meetings(String conventionId) {
        return views.meetings(new FindMeetings(conventionId, null));
    }

    /** One action's indicators, judged for {@code year}; empty for an unknown convention or action. */
    public Optional<IndicatorList> indicators(String conventionId, String actionId, int year) {
        return views.indicators(new FindActionIndicators(conventionId, actionId, year));
    }

    /** The plan in force on {@code on} (a Paris day). */
    public Optional<PlanInForceView> plan(String conventionId, LocalDate on) {
        return views.plan(new FindPlanInForce(conventionId, on));
    }

    public Optional<PlanVersionList> planVersions(String conventionId) {
        return views.planVersions(new FindPlanVersions(conventionId));
    }

    /** Empty when either version is unknown. */
    public Optional<PlanDiff> planDiff(String conventionId, int from, int to) {
        return views.planDiff(new FindPlanDiff(conventionId, from, to));
    }

    public Optional<AmendmentView> amendment(String conventionId, int number) {
        return views.amendment(new FindAmendment(conventionId, number));
    }

    public static PageRequest allItems() {
        return ALL;
    }
}
