package fr.ctg.route;

/** One party's signature as a command gives it: which party, and who signs for it in which role. */
public record PartySignature(String partyId, String name, String role) {
}
