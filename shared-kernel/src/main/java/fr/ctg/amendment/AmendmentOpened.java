package fr.ctg.amendment;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * An amendment (avenant) is opened: its number, title and reason, the COPIL meeting that asked for it (or null), the
 * parties concerned (every party when the client named none) and the version of the plan it would make.
 */
@Revision("1")
public record AmendmentOpened(String conventionId, int amendmentNumber, int version, String title, String reason,
                              String requestedByMeetingId, List<String> partiesConcerned, LocalDate openedOn) {
}
