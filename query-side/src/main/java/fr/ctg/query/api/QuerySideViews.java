package fr.ctg.query.api;

import fr.ctg.amendment.PlanDiff;
import fr.ctg.amendment.query.AmendmentView;
import fr.ctg.amendment.query.FindAmendment;
import fr.ctg.amendment.query.FindPlanDiff;
import fr.ctg.amendment.query.FindPlanInForce;
import fr.ctg.amendment.query.FindPlanVersions;
import fr.ctg.amendment.query.PlanInForceView;
import fr.ctg.amendment.query.PlanVersionList;
import fr.ctg.actionplan.indicator.query.FindActionIndicators;
import fr.ctg.actionplan.indicator.query.FindConventionIndicators;
import fr.ctg.actionplan.indicator.query.IndicatorList;
import fr.ctg.actionplan.query.ActionProgressView;
import fr.ctg.actionplan.query.FindActionProgress;
import fr.ctg.actionplan.committee.query.FindMeetings;
import fr.ctg.actionplan.committee.query.MeetingList;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.ConventionSummaryList;
import fr.ctg.convention.query.ConventionSummaryPage;
import fr.ctg.convention.query.FindConventionSummaries;
import fr.ctg.convention.query.FindConventionOverview;
import fr.ctg.convention.query.ListConventions;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.processing.ProcessorPositions;
import fr.ctg.query.reminders.ConventionReminders;
import fr.ctg.query.reminders.VisibleConventions;
import fr.ctg.reminder.Reminder;
import fr.ctg.query.web.ViewGate;
import fr.ctg.route.query.CommuneApprovalPage;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.CouncilList;
import fr.ctg.route.query.FindCommuneApprovals;
import fr.ctg.route.query.FindCouncilsOfConventions;
import fr.ctg.route.query.FindEpciApproval;
import fr.ctg.route.query.FindPerimeterApprovals;
import fr.ctg.route.query.PerimeterApprovalList;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What another module (the dashboard) may read of the query side, without knowing its processors: each view through
 * its query handler, gated like the HTTP views (a view being rebuilt raises the query side's own 503 problem), and
 * the position every view has handled.
 */
@Component
public class QuerySideViews {

    private final QueryGateway queries;
    private final ViewGate gate;
    private final ProcessorPositions positions;
    private final ConventionReminders reminders;
    private final VisibleConventions visible;

    QuerySideViews(QueryGateway queries, ViewGate gate, ProcessorPositions positions, ConventionReminders reminders,
                   VisibleConventions visible) {
        this.queries = queries;
        this.gate = gate;
        this.positions = positions;
        this.reminders = reminders;
        this.visible = visible;
    }

    public Optional<ConventionSummaryPage> conventions(ListConventions query) {
        return ask(ProcessorNames.CONVENTION_OVERVIEW, query, ConventionSummaryPage.class);
    }

    /** The summaries of these conventions in one read, by id; an unknown convention is left out. */
    public ConventionSummaryList conventions(FindConventionSummaries query) {
        return ask(ProcessorNames.CONVENTION_OVERVIEW, query, ConventionSummaryList.class).orElseThrow();
    }

    public Optional<ConventionOverviewView> overview(FindConventionOverview query) {
        return ask(ProcessorNames.CONVENTION_OVERVIEW, query, ConventionOverviewView.class);
    }

    public Optional<PerimeterApprovalList> perimeters(FindPerimeterApprovals query) {
        return ask(ProcessorNames.PERIMETER_APPROVAL, query, PerimeterApprovalList.class);
    }

    public Optional<CommuneApprovalPage> communes(FindCommuneApprovals query) {
        return ask(ProcessorNames.COMMUNE_APPROVAL, query, CommuneApprovalPage.class);
    }

    /** The EPCI's council on its route; empty when the convention is unknown or has no EPCI party. */
    public Optional<CommuneApprovalView> epci(FindEpciApproval query) {
        return ask(ProcessorNames.COMMUNE_APPROVAL, query, CommuneApprovalView.class);
    }

    /** The councils (communes and EPCI) of several conventions in one read; none for an unknown convention. */
    public CouncilList councils(FindCouncilsOfConventions query) {
        return ask(ProcessorNames.COMMUNE_APPROVAL, query, CouncilList.class).orElseThrow();
    }

    public Optional<ActionProgressView> actions(FindActionProgress query) {
        return ask(ProcessorNames.ACTION_PROGRESS, query, ActionProgressView.class);
    }

    public Optional<MeetingList> meetings(FindMeetings query) {
        return ask(ProcessorNames.MEETING, query, MeetingList.class);
    }

    /** One action's indicators with their measures and progress; empty for an unknown convention or action. */
    public Optional<IndicatorList> indicators(FindActionIndicators query) {
        return ask(ProcessorNames.INDICATOR, query, IndicatorList.class);
    }

    /** Every indicator of a convention, in plan order; empty for an unknown convention. */
    public Optional<IndicatorList> indicators(FindConventionIndicators query) {
        return ask(ProcessorNames.INDICATOR, query, IndicatorList.class);
    }

    /** The plan in force on a day (version 1 as shaped so far before the signature); empty for an unknown convention. */
    public Optional<PlanInForceView> plan(FindPlanInForce query) {
        return ask(ProcessorNames.PLAN, query, PlanInForceView.class);
    }

    /** The plan's versions with their state, and the amendments; empty for an unknown convention. */
    public Optional<PlanVersionList> planVersions(FindPlanVersions query) {
        return ask(ProcessorNames.PLAN, query, PlanVersionList.class);
    }

    /** What differs between two versions; empty when either is unknown. */
    public Optional<PlanDiff> planDiff(FindPlanDiff query) {
        return ask(ProcessorNames.PLAN, query, PlanDiff.class);
    }

    /** One amendment with its changes, its route per party and its diff; empty for an unknown one. */
    public Optional<AmendmentView> amendment(FindAmendment query) {
        return ask(ProcessorNames.PLAN, query, AmendmentView.class);
    }

    /** The reminders of these conventions on a Paris day, by due day (docs/reminders.md). */
    public List<Reminder> reminders(List<String> conventionIds, LocalDate day) {
        return reminders.on(conventionIds, day);
    }

    /** The conventions whose reminders a user sees: a coordinator's own, every one for the other roles. */
    public List<String> conventionsSeenBy(Authentication who) {
        return visible.of(who);
    }

    /** The global position every view has handled; -1 while some view has handled nothing. */
    public long handledPosition() {
        long min = Long.MAX_VALUE;
        for (String processor : ProcessorNames.ALL) {
            min = Math.min(min, positions.position(processor).orElse(-1));
        }
        return min;
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
