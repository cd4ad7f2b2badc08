package fr.ctg.route;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Emitted once both the prefecture's receipt and the publication are recorded; dated by the later of the two. */
@Revision("1")
public record DeliberationBecameExecutory(String conventionId, String communeInseeCode, LocalDate executoryOn)
        implements CommuneRouteEvent {
}
