package fr.ctg.convention;

/**
 * A party that signs without a route of its own here (the Département, the MSA...).
 *
 * @param partyId a lower-case code chosen by the convention, e.g. {@code departement-42}
 */
public record OtherParty(String partyId, PartyKind kind, String name) {
}
