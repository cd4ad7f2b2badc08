package fr.ctg.route;

import java.time.LocalDate;

/**
 * A signature as the signed convention lists it. {@code partyId} is null in conventions signed before parties were
 * recorded: their one signature event named organisations, not parties.
 */
public record GivenSignature(String partyId, String partyName, LocalDate signedOn, String name, String role) {
}
