package fr.ctg.reminder;

import fr.ctg.actionplan.committee.query.MeetingView;
import fr.ctg.actionplan.indicator.query.IndicatorView;
import fr.ctg.actionplan.query.ActionProgressItem;
import fr.ctg.convention.Period;
import fr.ctg.route.query.CommuneApprovalView;

import java.util.List;

/**
 * The rows of the views a convention's reminders are drawn from, as the views showed them on one day.
 *
 * @param councils   the communes' councils and the EPCI's (commune approval rows)
 * @param actions    every action of the plan in force, judged overdue on that day (action progress items)
 * @param indicators every indicator with its measures
 * @param meetings   every committee meeting
 */
public record ConventionFacts(String conventionId, Period period, List<CommuneApprovalView> councils,
                              List<ActionProgressItem> actions, List<IndicatorView> indicators,
                              List<MeetingView> meetings) {
}
