package fr.ctg.platform.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.axonframework.serialization.upcasting.event.EventUpcaster;

import java.util.List;

/**
 * Every changed event, and how a payload of its earlier revision reads in the latest one. Events stay as they were
 * stored (the hash chain covers them): they are upcast on every read, by Axon's chain ({@link
 * UpcasterConfiguration}) and by any reader that deserializes stored rows itself ({@link #toLatest}).
 */
public final class EventUpcasts {

    private static final String ACTION_PLAN = "fr.ctg.actionplan.";
    private static final String CONVENTION = "fr.ctg.convention.";
    private static final String ROUTE = "fr.ctg.route.";

    public static final List<JsonUpcast> ALL = List.of(
            // Parties were added to the definition: a convention defined before has its CAF and communes only.
            new JsonUpcast(CONVENTION + "ConventionDefined", "1", "2", payload -> {
                ObjectNode parties = payload.putObject("parties");
                parties.putNull("epci");
                parties.putArray("others");
                parties.putObject("sirets");
            }),
            // Attendance was added to votes: not recorded before.
            new JsonUpcast(ROUTE + "CouncilVoteRecorded", "1", "2", payload -> {
                payload.putNull("attendance");
                payload.putNull("quorumLackingOn");
            }),
            new JsonUpcast(ROUTE + "CouncilVoteCorrected", "1", "2", payload -> payload.putNull("attendance")),
            // The publication's mode and address were not recorded before.
            new JsonUpcast(ROUTE + "DeliberationPublished", "1", "2", payload -> {
                payload.putNull("mode");
                payload.putNull("url");
            }),
            // The subject codes of the ACTES classification were not kept before receipts were imported.
            new JsonUpcast(ROUTE + "PrefectureTransmissionRecorded", "1", "2", payload -> payload.putArray("subjectCodes")),
            // One signature of every signatory on one date becomes the list of those signatures, with no party id.
            new JsonUpcast(ROUTE + "ConventionSigned", "1", "2", EventUpcasts::signaturesFromSignatories),
            // A status update of revision 1 was always the coordinator's: it names no committee meeting.
            new JsonUpcast(ACTION_PLAN + "ActionStatusUpdated", "1", "2", payload -> payload.putNull("meetingId")));

    private EventUpcasts() {
    }

    /** The steps as Axon upcasters, in their order, for its upcaster chain. */
    public static List<EventUpcaster> asAxonUpcasters() {
        return ALL.stream().<EventUpcaster>map(JsonEventUpcaster::new).toList();
    }

    /** Some step changes a stored payload of this type and revision: most stored events need none. */
    public static boolean changes(String payloadType, String revision) {
        return ALL.stream().anyMatch(step -> step.applies(payloadType, revision));
    }

    /** The revision and payload a stored event reads as today; unchanged when no step applies. */
    public static Upcast toLatest(String payloadType, String revision, ObjectNode payload) {
        String current = revision;
        for (JsonUpcast step : ALL) {
            if (step.applies(payloadType, current)) {
                step.change().accept(payload);
                current = step.toRevision();
            }
        }
        return new Upcast(current, payload);
    }

    public record Upcast(String revision, ObjectNode payload) {
    }

    private static void signaturesFromSignatories(ObjectNode payload) {
        JsonNode signedOn = payload.get("signedOn");
        ArrayNode signatures = payload.putArray("signatures");
        JsonNode signatories = payload.remove("signatories");
        if (signatories != null) {
            for (JsonNode signatory : signatories) {
                ObjectNode signature = signatures.addObject();
                signature.putNull("partyId");
                signature.set("partyName", signatory.get("organisation"));
                signature.set("signedOn", signedOn);
                signature.set("name", signatory.get("name"));
                signature.set("role", signatory.get("role"));
            }
        }
    }
}
