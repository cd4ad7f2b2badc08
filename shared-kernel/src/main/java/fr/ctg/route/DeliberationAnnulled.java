package fr.ctg.route;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The deliberation no longer exists: the council needs a new adopted deliberation. */
@Revision("1")
public record DeliberationAnnulled(String conventionId, String communeInseeCode, LocalDate annulledOn, String court, String decisionReference) implements CommuneRouteEvent {
}
