package fr.ctg.query.route;

import fr.ctg.route.query.CommuneStage;

/** What the route totals need to know of one commune. */
public record CommuneFacts(CommuneStage stage, int population) {
}
