package fr.ctg.dashboard.todo;

import fr.ctg.calendar.ParisCalendar;
import fr.ctg.convention.query.FindConventionOverview;
import fr.ctg.convention.query.ListConventions;
import fr.ctg.convention.query.PageRequest;
import fr.ctg.query.api.QuerySideViews;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.FindCommuneApprovals;
import fr.ctg.route.query.FindEpciApproval;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The to-do lists the pages show, from the query side's views: a user's, across the conventions they see (a
 * coordinator's own), and one convention's, which the overview includes as {@code @toDo.forConvention(id)}.
 */
@Component("toDo")
public class ToDoViews {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);

    private final QuerySideViews views;
    private final Clock clock;

    ToDoViews(QuerySideViews views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    public ToDoList forUser(Authentication who) {
        List<String> seen = views.conventionsSeenBy(who);
        Map<String, String> names = new LinkedHashMap<>();
        views.conventions(new ListConventions(ALL)).ifPresent(page -> page.items().stream()
                .filter(c -> seen.contains(c.conventionId()))
                .forEach(c -> names.put(c.conventionId(), c.name())));
        return of(names);
    }

    public ToDoList forConvention(String conventionId) {
        Map<String, String> names = new LinkedHashMap<>();
        views.overview(new FindConventionOverview(conventionId)).ifPresent(o -> names.put(conventionId, o.name()));
        return of(names);
    }

    private ToDoList of(Map<String, String> names) {
        List<CommuneApprovalView> councils = new ArrayList<>();
        for (String conventionId : names.keySet()) {
            views.communes(new FindCommuneApprovals(conventionId, null, null, ALL))
                    .ifPresent(page -> councils.addAll(page.items()));
            views.epci(new FindEpciApproval(conventionId)).ifPresent(councils::add);
        }
        return ToDoLists.of(names, councils,
                views.reminders(List.copyOf(names.keySet()), ParisCalendar.today(clock)));
    }
}
