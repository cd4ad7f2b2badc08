package fr.ctg.route;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record DeliberationPublished(String conventionId, String communeInseeCode, LocalDate publishedOn)
        implements CommuneRouteEvent {
}
