package fr.ctg.dashboard.committee;

import fr.ctg.calendar.ParisCalendar;
import fr.ctg.actionplan.committee.query.MeetingList;
import fr.ctg.convention.Period;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.dashboard.web.ConventionPage;
import fr.ctg.dashboard.web.DashboardViews;
import fr.ctg.dashboard.web.UnknownConventionException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The committees' meetings with their decisions, and the annual reports to download. The downloads are served by
 * the assembled application under {@code /ui/conventions/{id}/reports/{year}} (with the session), as the API serves
 * them under {@code /api/v1}.
 */
@Controller
public class CommitteePagesController {

    private final DashboardViews views;
    private final ConventionPage page;
    private final Clock clock;

    CommitteePagesController(DashboardViews views, ConventionPage page, Clock clock) {
        this.views = views;
        this.page = page;
        this.clock = clock;
    }

    @GetMapping("/ui/conventions/{conventionId}/meetings")
    public String meetings(@PathVariable String conventionId, Model model, Authentication who) {
        page.prepare(model, conventionId, who, "meetings");
        MeetingList meetings = views.meetings(conventionId).orElseThrow(() -> new UnknownConventionException(conventionId));
        model.addAttribute("meetings", meetings.meetings());
        return "dashboard/meetings";
    }

    /** The years of the period that have begun, latest first: a year not begun has no report yet. */
    @GetMapping("/ui/conventions/{conventionId}/rapport-annuel")
    public String reports(@PathVariable String conventionId, Model model, Authentication who) {
        ConventionOverviewView convention = page.prepare(model, conventionId, who, "report");
        Period period = convention.period();
        int thisYear = ParisCalendar.today(clock).getYear();
        List<Integer> years = IntStream.rangeClosed(period.startYear(), Math.min(period.endYear(), thisYear))
                .boxed().sorted((a, b) -> b - a).toList();
        model.addAttribute("years", years);
        model.addAttribute("thisYear", thisYear);
        return "dashboard/reports";
    }
}
