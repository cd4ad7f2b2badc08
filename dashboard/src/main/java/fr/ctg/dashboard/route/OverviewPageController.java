package fr.ctg.dashboard.route;

import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.ConventionParty;
import fr.ctg.convention.query.ConventionSummaryPage;
import fr.ctg.convention.query.PageRequest;
import fr.ctg.dashboard.web.ConventionPage;
import fr.ctg.dashboard.web.DashboardViews;
import fr.ctg.route.query.CommuneStage;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** The list of conventions and one convention's overview: stage, milestones on a timeline, totals. */
@Controller
public class OverviewPageController {

    static final int CONVENTIONS_PER_PAGE = 50;

    private final DashboardViews views;
    private final ConventionPage page;

    OverviewPageController(DashboardViews views, ConventionPage page) {
        this.views = views;
        this.page = page;
    }

    /** A page of the list at a time, so that its cost does not grow with the number of conventions. */
    @GetMapping("/ui")
    public String conventions(@RequestParam(defaultValue = "1") int page, Model model, Authentication who) {
        if (page < 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The page must be 1 or more.");
        }
        ConventionSummaryPage found = views.conventions(new PageRequest(page - 1, CONVENTIONS_PER_PAGE));
        model.addAttribute("conventions", found.items());
        model.addAttribute("listing", ListingPage.of(found));
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

    /** The parties that may still sign (not signed, not withdrawn), in the view's order. */
    private static List<ConventionParty> signingParties(ConventionOverviewView overview) {
        return overview.parties().stream()
                .filter(party -> party.signedOn() == null && party.stage() != CommuneStage.WITHDRAWN).toList();
    }
}
