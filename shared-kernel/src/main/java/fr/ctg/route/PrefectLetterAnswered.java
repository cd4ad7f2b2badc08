package fr.ctg.route;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The council answered the prefect: the control window runs again, two months from this day. */
@Revision("1")
public record PrefectLetterAnswered(String conventionId, String communeInseeCode, LocalDate answeredOn, String summary) implements CommuneRouteEvent {
}
