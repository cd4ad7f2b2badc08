package fr.ctg.route;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Suspends the legality control window, which runs again in full from the council's answer (CGCT L2131-6). */
@Revision("1")
public record PrefectLetterReceived(String conventionId, String communeInseeCode, PrefectLetterKind kind, LocalDate receivedOn, String object) implements CommuneRouteEvent {
}
