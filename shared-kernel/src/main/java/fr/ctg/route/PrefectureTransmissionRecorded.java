package fr.ctg.route;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record PrefectureTransmissionRecorded(
        String conventionId,
        String communeInseeCode,
        LocalDate sentOn,
        LocalDate receivedOn,
        String actesId) implements CommuneRouteEvent {
}
