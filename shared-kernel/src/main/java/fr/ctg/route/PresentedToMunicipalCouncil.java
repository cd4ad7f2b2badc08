package fr.ctg.route;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record PresentedToMunicipalCouncil(String conventionId, String communeInseeCode, LocalDate sessionDate)
        implements CommuneRouteEvent {
}
