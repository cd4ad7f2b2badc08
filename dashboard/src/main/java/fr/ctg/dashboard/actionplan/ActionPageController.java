package fr.ctg.dashboard.actionplan;

import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.query.ActionProgressView;
import fr.ctg.actionplan.query.FindActionProgress;
import fr.ctg.convention.Period;
import fr.ctg.dashboard.web.ConventionPage;
import fr.ctg.dashboard.web.DashboardViews;
import fr.ctg.dashboard.web.UnknownConventionException;
import fr.ctg.query.api.ViewParameters;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Progress of the action plan: counts by theme, period and status (charts with their tables), then the actions,
 * overdue ones marked in words as well as in colour. Overdue is as of today on the service's clock, like the view.
 */
@Controller
public class ActionPageController {

    private final DashboardViews views;
    private final ConventionPage page;
    private final Clock clock;

    ActionPageController(DashboardViews views, ConventionPage page, Clock clock) {
        this.views = views;
        this.page = page;
        this.clock = clock;
    }

    @GetMapping("/ui/conventions/{conventionId}/actions")
    public String actions(@PathVariable String conventionId,
                          @RequestParam(required = false) String theme,
                          @RequestParam(required = false) String period,
                          @RequestParam(required = false) String status,
                          @RequestParam(required = false) boolean overdue,
                          Model model, Authentication who) {
        page.prepare(model, conventionId, who, "actions");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
        ActionProgressView all = view(conventionId, null, null, null, false, today);
        ActionStatus statusFilter = Arrays.stream(ActionStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
        Period periodFilter = all.byPeriod().stream().map(b -> b.key()).filter(k -> k.equals(period)).findFirst()
                .map(ViewParameters::period).orElse(null);
        String themeFilter = all.byTheme().stream().map(b -> b.key()).filter(k -> k.equals(theme)).findFirst()
                .orElse(null);
        ActionProgressView shown = view(conventionId, themeFilter, periodFilter, statusFilter, overdue, today);
        model.addAttribute("progress", shown);
        model.addAttribute("statuses", List.of(ActionStatus.values()));
        model.addAttribute("themes", all.byTheme().stream().map(b -> b.key()).toList());
        model.addAttribute("periods", all.byPeriod().stream().map(b -> b.key()).toList());
        model.addAttribute("allItems", all.items());
        model.addAttribute("filter", new Filter(themeFilter, periodFilter == null ? null : period,
                statusFilter == null ? null : statusFilter.name(), overdue));
        return "dashboard/actions";
    }

    record Filter(String theme, String period, String status, boolean overdue) {
    }

    private ActionProgressView view(String conventionId, String theme, Period period, ActionStatus status,
                                    boolean overdue, LocalDate asOf) {
        return views.actions(new FindActionProgress(conventionId, null, theme, period, status, null, overdue, asOf,
                DashboardViews.allItems())).orElseThrow(() -> new UnknownConventionException(conventionId));
    }
}
