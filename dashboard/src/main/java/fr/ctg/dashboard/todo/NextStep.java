package fr.ctg.dashboard.todo;

import fr.ctg.convention.PartyKind;
import fr.ctg.route.query.RouteStep;

import java.time.LocalDate;

/**
 * The step a council (a commune's or the EPCI's) takes next on its route: the first of what it still lacks, as the
 * commune approval view says it ({@link fr.ctg.route.RouteProgress#missing()}).
 *
 * @param since the day that step became the next (the presentation for a vote, the vote for a transmission or a
 *              publication, the rejection or ending for a new presentation); null for a first presentation
 */
public record NextStep(String conventionId, String conventionName, PartyKind kind, String councilId,
                       String councilName, RouteStep step, LocalDate since) {

    /** The council's page on the dashboard. */
    public String page() {
        return kind == PartyKind.EPCI ? "/ui/conventions/" + conventionId + "/epci"
                : "/ui/conventions/" + conventionId + "/communes/" + councilId;
    }
}
