package fr.ctg.route;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A meeting without quorum (CGCT L2121-17): a second meeting at least three days later deliberates whatever the number present. */
@Revision("1")
public record QuorumNotReached(String conventionId, String communeInseeCode, LocalDate meetingDate, int membersInOffice, int present) implements CommuneRouteEvent {
}
