package fr.ctg.dashboard.route;

import fr.ctg.dashboard.web.ConventionPage;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.regex.Pattern;

/**
 * The EPCI's page: its council (the conseil communautaire) follows the same route as a commune's, with the same
 * forms, sent to {@code /epci/{SIREN}/...}. The views do not name the convention's EPCI yet, so the coordinator
 * gives its SIREN; the command API refuses an EPCI that is not a party ({@code epci-not-a-party}).
 */
@Controller
public class EpciPageController {

    private static final Pattern SIREN = Pattern.compile("[0-9]{9}");

    private final ConventionPage page;

    EpciPageController(ConventionPage page) {
        this.page = page;
    }

    @GetMapping("/ui/conventions/{conventionId}/epci")
    public String epci(@PathVariable String conventionId, @RequestParam(required = false) String siren, Model model,
                       Authentication who) {
        page.prepare(model, conventionId, who, "epci");
        String given = siren == null ? null : siren.strip();
        model.addAttribute("siren", given != null && SIREN.matcher(given).matches() ? given : null);
        model.addAttribute("sirenRefused", given != null && !given.isEmpty() && !SIREN.matcher(given).matches());
        return "dashboard/epci";
    }
}
