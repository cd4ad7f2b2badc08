package fr.ctg.dashboard.actionplan;

import fr.ctg.calendar.ParisCalendar;
import fr.ctg.actionplan.indicator.IndicatorUnit;
import fr.ctg.actionplan.indicator.query.IndicatorList;
import fr.ctg.actionplan.query.ActionProgressItem;
import fr.ctg.actionplan.query.FindActionProgress;
import fr.ctg.dashboard.web.ConventionPage;
import fr.ctg.dashboard.web.DashboardViews;
import fr.ctg.dashboard.web.Labels;
import fr.ctg.dashboard.web.UnknownConventionException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;

/**
 * One action: its status, then its indicators, each with a chart of its measures against baseline and target and
 * the table of its measures; an assigned coordinator records a measure there. The year judged is this year in
 * Europe/Paris on the service's clock.
 */
@Controller
public class ActionDetailPageController {


    private final DashboardViews views;
    private final ConventionPage page;
    private final Labels labels;
    private final Clock clock;

    ActionDetailPageController(DashboardViews views, ConventionPage page, Labels labels, Clock clock) {
        this.views = views;
        this.page = page;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/ui/conventions/{conventionId}/actions/{actionId}")
    public String action(@PathVariable String conventionId, @PathVariable String actionId, Model model,
                         Authentication who) {
        page.prepare(model, conventionId, who, "actions");
        LocalDate today = ParisCalendar.today(clock);
        ActionProgressItem action = views.actions(new FindActionProgress(conventionId, null, null, null, null, null,
                        false, today, DashboardViews.allItems()))
                .flatMap(view -> view.items().stream().filter(item -> item.actionId().equals(actionId)).findFirst())
                .orElseThrow(() -> new UnknownConventionException(conventionId + "/" + actionId));
        IndicatorList indicators = views.indicators(conventionId, actionId, today.getYear())
                .orElseThrow(() -> new UnknownConventionException(conventionId + "/" + actionId));
        model.addAttribute("action", action);
        model.addAttribute("year", today.getYear());
        model.addAttribute("charts", indicators.indicators().stream()
                .map(indicator -> IndicatorChart.of(indicator, indicator.unit() == IndicatorUnit.FREE
                        ? indicator.unitLabel() : labels.of("unit", indicator.unit()))).toList());
        return "dashboard/action";
    }
}
