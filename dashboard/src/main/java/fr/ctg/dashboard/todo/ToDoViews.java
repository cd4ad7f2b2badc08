package fr.ctg.dashboard.todo;

import fr.ctg.calendar.ParisCalendar;
import fr.ctg.convention.query.FindConventionOverview;
import fr.ctg.convention.query.FindConventionSummaries;
import fr.ctg.query.api.QuerySideViews;
import fr.ctg.route.query.FindCouncilsOfConventions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The to-do lists the pages show, from the query side's views: a user's, across the conventions they see (a
 * coordinator's own), and one convention's, which the overview includes as {@code @toDo.forConvention(id)}. The
 * councils of every convention come in one query, so a user of a thousand conventions costs no more round trips than
 * a user of one; the user's page shows the first {@link #SHOWN_PER_GROUP} items of each group, a convention's every
 * item.
 */
@Component("toDo")
public class ToDoViews {

    /** Enough to act on today; the rest is on each convention's page. */
    static final int SHOWN_PER_GROUP = 50;

    private final QuerySideViews views;
    private final Clock clock;

    ToDoViews(QuerySideViews views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    public ToDoList forUser(Authentication who) {
        Map<String, String> names = new LinkedHashMap<>();
        views.conventions(new FindConventionSummaries(views.conventionsSeenBy(who))).items()
                .forEach(c -> names.put(c.conventionId(), c.name()));
        return of(names, SHOWN_PER_GROUP);
    }

    public ToDoList forConvention(String conventionId) {
        Map<String, String> names = new LinkedHashMap<>();
        views.overview(new FindConventionOverview(conventionId)).ifPresent(o -> names.put(conventionId, o.name()));
        return of(names, Integer.MAX_VALUE);
    }

    private ToDoList of(Map<String, String> names, int shownPerGroup) {
        List<String> ids = List.copyOf(names.keySet());
        return ToDoLists.of(names, views.councils(new FindCouncilsOfConventions(ids)).councils(),
                views.reminders(ids, ParisCalendar.today(clock)), shownPerGroup);
    }
}
