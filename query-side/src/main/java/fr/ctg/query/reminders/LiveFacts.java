package fr.ctg.query.reminders;

import fr.ctg.actionplan.committee.query.FindMeetingsOfConventions;
import fr.ctg.actionplan.committee.query.MeetingsOfConventions;
import fr.ctg.actionplan.indicator.query.FindIndicatorsOfConventions;
import fr.ctg.actionplan.indicator.query.IndicatorsOfConventions;
import fr.ctg.actionplan.query.ActionsOfConventions;
import fr.ctg.actionplan.query.FindActionsOfConventions;
import fr.ctg.audit.asof.AsOfViews;
import fr.ctg.convention.query.ConventionSummary;
import fr.ctg.convention.query.ConventionSummaryList;
import fr.ctg.convention.query.FindConventionSummaries;
import fr.ctg.reminder.ConventionFacts;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.CouncilList;
import fr.ctg.route.query.FindCouncilsOfConventions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts the reminders of many conventions are drawn from, read from the live views with one query per view
 * rather than six per convention: the same rows {@code ConventionReminders}' per-convention reads give, grouped by
 * convention. A convention the overview does not know has none.
 */
final class LiveFacts {

    private LiveFacts() {
    }

    static List<ConventionFacts> of(List<String> conventionIds, LocalDate day, AsOfViews.ReplayedViews views) {
        if (conventionIds.isEmpty()) {
            return List.of();
        }
        Map<String, ConventionSummary> conventions = new HashMap<>();
        views.ask(new FindConventionSummaries(conventionIds), ConventionSummaryList.class).items()
                .forEach(c -> conventions.put(c.conventionId(), c));
        Map<String, List<CommuneApprovalView>> councils = new HashMap<>();
        for (CommuneApprovalView council : views.ask(new FindCouncilsOfConventions(conventionIds),
                CouncilList.class).councils()) {
            councils.computeIfAbsent(council.conventionId(), id -> new ArrayList<>()).add(council);
        }
        var actions = views.ask(new FindActionsOfConventions(conventionIds, day), ActionsOfConventions.class)
                .byConvention();
        var indicators = views.ask(new FindIndicatorsOfConventions(conventionIds, day.getYear()),
                IndicatorsOfConventions.class).byConvention();
        var meetings = views.ask(new FindMeetingsOfConventions(conventionIds), MeetingsOfConventions.class)
                .byConvention();
        // In the order asked, as the per-convention reads give them.
        return conventionIds.stream().filter(conventions::containsKey).map(id -> new ConventionFacts(id,
                conventions.get(id).period(), councils.getOrDefault(id, List.of()), actions.getOrDefault(id, List.of()),
                indicators.getOrDefault(id, List.of()), meetings.getOrDefault(id, List.of()))).toList();
    }
}
