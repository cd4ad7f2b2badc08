package fr.ctg.route;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The deliberation stays executory while the court decides. */
@Revision("1")
public record DeliberationReferredToCourt(String conventionId, String communeInseeCode, LocalDate referredOn, String court) implements CommuneRouteEvent {
}
