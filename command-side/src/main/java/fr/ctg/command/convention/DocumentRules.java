package fr.ctg.command.convention;

import fr.ctg.document.AttachDocument;
import fr.ctg.document.DocumentAttached;

import java.util.function.Function;
import java.util.function.Predicate;

import static fr.ctg.command.convention.RuleViolation.check;

/**
 * What a document may be attached to: a deliberation that was voted, a transmission that was recorded, a signature
 * that was given, a meeting that was recorded. The document itself was checked by the store (size, type, hash).
 */
final class DocumentRules {

    private DocumentRules() {
    }

    /**
     * @param route        the council a deliberation or transmission document names (404 when not a party)
     * @param signedParty  whether a party (404 when unknown) has signed
     * @param meeting      whether a meeting was recorded
     */
    static DocumentAttached attach(String conventionId, AttachDocument command, Function<String, CommuneRoute> route,
                                   Predicate<String> signedParty, Predicate<String> meeting) {
        check(command.role() != null && command.subjectKey() != null && command.document() != null,
                "document-target-required", "A document names its role and what it is attached to.");
        String key = command.subjectKey();
        switch (command.role().subject()) {
            case DELIBERATION -> {
                CommuneRoute council = route.apply(key);
                check(council.votedOn() != null && council.outcome() != null, "document-without-deliberation",
                        "No deliberation of " + council.name() + " is recorded: record its vote first.");
            }
            case TRANSMISSION -> {
                CommuneRoute council = route.apply(key);
                check(council.transmissionReceivedOn() != null, "document-without-transmission",
                        "The transmission of the deliberation of " + council.name() + " is not recorded.");
            }
            case SIGNATURE -> check(signedParty.test(key), "document-without-signature",
                    "Party " + key + " has not signed the convention.");
            case MEETING -> {
                if (!meeting.test(key)) {
                    throw RuleViolation.notFound("meeting-not-found", "No meeting " + key + " is recorded.");
                }
            }
        }
        return new DocumentAttached(conventionId, command.role(), key, command.document());
    }
}
