package fr.ctg.route.query;

import fr.ctg.convention.PartyKind;

import java.util.List;

/** A party that has not signed yet, and what it lacks ({@link fr.ctg.route.PartyReadiness}). */
public record PartyBlocker(String partyId, PartyKind kind, String name, List<RouteStep> missing) {
}
