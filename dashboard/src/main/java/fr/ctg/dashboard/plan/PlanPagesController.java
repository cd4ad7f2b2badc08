package fr.ctg.dashboard.plan;

import fr.ctg.amendment.PlanDiff;
import fr.ctg.amendment.PlanVersion;
import fr.ctg.convention.PartyKind;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.amendment.query.AmendmentView;
import fr.ctg.amendment.query.PlanInForceView;
import fr.ctg.amendment.query.PlanVersionList;
import fr.ctg.calendar.ParisCalendar;
import fr.ctg.dashboard.route.ActesExample;
import fr.ctg.dashboard.route.RouteSteps;
import fr.ctg.dashboard.web.ConventionPage;
import fr.ctg.dashboard.web.DashboardViews;
import fr.ctg.dashboard.web.UnknownConventionException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The plan's versions and amendments: the plan page says which version is in force on a day (today by default),
 * an amendment's page shows its changes, its route per party and what it changes, and the diff page sets two
 * versions side by side.
 */
@Controller
public class PlanPagesController {

    private final DashboardViews views;
    private final ConventionPage page;
    private final Clock clock;

    PlanPagesController(DashboardViews views, ConventionPage page, Clock clock) {
        this.views = views;
        this.page = page;
        this.clock = clock;
    }

    @GetMapping("/ui/conventions/{conventionId}/plan")
    public String plan(@PathVariable String conventionId,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                       Model model, Authentication who) {
        page.prepare(model, conventionId, who, "plan");
        LocalDate day = on == null ? ParisCalendar.today(clock) : on;
        PlanInForceView plan = views.plan(conventionId, day)
                .orElseThrow(() -> new UnknownConventionException(conventionId));
        PlanVersionList versions = views.planVersions(conventionId)
                .orElseThrow(() -> new UnknownConventionException(conventionId));
        model.addAttribute("plan", plan);
        model.addAttribute("versions", versions);
        return "dashboard/plan";
    }

    /**
     * An amendment's page; for its coordinator, the forms of its state: its changes and submission while a draft,
     * the signatures and, with {@code council}, that council's route on it while submitted (the council forms of
     * the commune page, aimed at the amendment's requests).
     */
    @GetMapping("/ui/conventions/{conventionId}/amendments/{number}")
    public String amendment(@PathVariable String conventionId, @PathVariable int number,
                            @RequestParam(required = false) String council, Model model, Authentication who) {
        page.prepare(model, conventionId, who, "plan");
        AmendmentView amendment = views.amendment(conventionId, number)
                .orElseThrow(() -> new UnknownConventionException(conventionId + "/avenant " + number));
        model.addAttribute("view", amendment);
        model.addAttribute("diff", amendment.diff());
        PlanVersion changed = views.plan(conventionId, ParisCalendar.today(clock)).map(PlanInForceView::plan)
                .orElseThrow(() -> new UnknownConventionException(conventionId));
        model.addAttribute("actions", changed.actions());
        model.addAttribute("perimeters", changed.perimeters());
        amendment.parties().stream()
                .filter(party -> party.partyId().equals(council))
                .filter(party -> party.kind() == PartyKind.COMMUNE || party.kind() == PartyKind.EPCI)
                .findFirst().ifPresent(party -> {
                    model.addAttribute("council", party);
                    model.addAttribute("councilEpci", party.kind() == PartyKind.EPCI);
                    // The council forms, as on the commune's page: the next step on the amendment, its ACTES id,
                    // an example built from the council's own department and SIREN.
                    model.addAttribute("commune", party);
                    model.addAttribute("route", RouteSteps.of(party.stage(), party.missing()));
                    CommuneApprovalView row = views.communes(conventionId, null, null).stream()
                            .flatMap(page -> page.items().stream())
                            .filter(c -> c.inseeCode().equals(party.partyId())).findFirst().orElse(null);
                    model.addAttribute("actes", row == null ? ActesExample.of(null, null, null, null)
                            : ActesExample.of(row.departement(), row.siren(), null, null));
                });
        return "dashboard/amendment";
    }

    @GetMapping("/ui/conventions/{conventionId}/plan/diff")
    public String diff(@PathVariable String conventionId, @RequestParam int from, @RequestParam int to, Model model,
                       Authentication who) {
        page.prepare(model, conventionId, who, "plan");
        PlanDiff diff = views.planDiff(conventionId, from, to)
                .orElseThrow(() -> new UnknownConventionException(conventionId + "/v" + from + "-v" + to));
        model.addAttribute("diff", diff);
        return "dashboard/plan-diff";
    }
}
