package fr.ctg.dashboard.route;

import fr.ctg.dashboard.web.ConventionPage;
import fr.ctg.dashboard.web.DashboardViews;
import fr.ctg.dashboard.web.UnknownConventionException;
import fr.ctg.route.query.CommuneStage;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;

/** Approval per perimeter: communes by stage (chart and table), population share covered, blocking communes. */
@Controller
public class PerimeterPageController {

    private final DashboardViews views;
    private final ConventionPage page;

    PerimeterPageController(DashboardViews views, ConventionPage page) {
        this.views = views;
        this.page = page;
    }

    @GetMapping("/ui/conventions/{conventionId}/perimeters")
    public String perimeters(@PathVariable String conventionId, Model model, Authentication who) {
        page.prepare(model, conventionId, who, "perimeters");
        model.addAttribute("perimeters", views.perimeters(conventionId)
                .orElseThrow(() -> new UnknownConventionException(conventionId)).perimeters());
        model.addAttribute("stages", List.of(CommuneStage.values()));
        return "dashboard/perimeters";
    }
}
