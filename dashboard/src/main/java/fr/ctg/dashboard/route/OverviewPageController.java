package fr.ctg.dashboard.route;

import fr.ctg.convention.Parties;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.dashboard.web.ConventionPage;
import fr.ctg.dashboard.web.DashboardViews;
import fr.ctg.route.query.CommuneStage;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.ArrayList;
import java.util.List;

/** The list of conventions and one convention's overview: stage, milestones on a timeline, totals. */
@Controller
public class OverviewPageController {

    private final DashboardViews views;
    private final ConventionPage page;

    OverviewPageController(DashboardViews views, ConventionPage page) {
        this.views = views;
        this.page = page;
    }

    @GetMapping("/ui")
    public String conventions(Model model, Authentication who) {
        model.addAttribute("conventions", views.conventions().items());
        model.addAttribute("user", who.getName());
        return "dashboard/conventions";
    }

    @GetMapping("/ui/conventions/{conventionId}")
    public String overview(@PathVariable String conventionId, Model model, Authentication who) {
        ConventionOverviewView overview = page.prepare(model, conventionId, who, "overview");
        model.addAttribute("milestones", Milestone.of(overview.milestones()));
        model.addAttribute("stages", List.of(CommuneStage.values()));
        model.addAttribute("signingParties", signingParties(overview));
        return "dashboard/overview";
    }

    /** The CAF first (it signs after its board's decision), then each commune still in the convention. */
    private List<SigningParty> signingParties(ConventionOverviewView overview) {
        List<SigningParty> parties = new ArrayList<>();
        parties.add(new SigningParty(Parties.CAF_ID, overview.caf()));
        views.communes(overview.conventionId(), null, null).ifPresent(communes -> communes.items().stream()
                .filter(c -> c.stage() != CommuneStage.WITHDRAWN)
                .map(c -> new SigningParty(c.inseeCode(), c.name() + " (" + c.inseeCode() + ")"))
                .forEach(parties::add));
        return parties;
    }
}
