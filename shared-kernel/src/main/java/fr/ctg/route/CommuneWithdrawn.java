package fr.ctg.route;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record CommuneWithdrawn(String conventionId, String communeInseeCode, LocalDate withdrawnOn, String reason)
        implements CommuneRouteEvent {
}
