package fr.ctg.convention.query;

import fr.ctg.convention.PartyKind;
import fr.ctg.route.DeliberationEnding;
import fr.ctg.route.query.CommuneStage;

import java.time.LocalDate;

/**
 * A commune or the EPCI whose adopted deliberation was annulled or retracted after a signature had been given (by
 * some party, or the convention): the signature stays, but rests on a deliberation that no longer exists.
 *
 * @param stage where its council stands now (a new deliberation may since have become executory)
 */
public record EndedAfterSignature(String partyId, PartyKind kind, String name, DeliberationEnding ending,
                                  LocalDate endedOn, CommuneStage stage) {
}
