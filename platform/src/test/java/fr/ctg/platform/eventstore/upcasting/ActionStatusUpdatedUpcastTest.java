package fr.ctg.platform.eventstore.upcasting;

import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.ActionStatusUpdated;
import fr.ctg.platform.eventstore.EventJson;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A status update stored before meetings existed is read as the coordinator's, with no meeting. */
class ActionStatusUpdatedUpcastTest {

    /** The stored JSON of revision 1, as the event store holds it. */
    private static final String REVISION_1 = """
            {"conventionId":"ctg-pays-du-gier-2023","actionId":"ej-08","previousStatus":"PLANNED",
             "status":"POSTPONED","on":"2025-03-01","note":"Local indisponible","reason":"Travaux du centre social"}""";

    private final Serializer serializer = JacksonSerializer.builder().objectMapper(EventJson.mapper())
            .revisionResolver(new AnnotationRevisionResolver()).build();

    @Test
    void aRevisionOneStatusUpdateIsReadWithNoMeeting() {
        List<IntermediateEventRepresentation> upcast = new org.axonframework.serialization.upcasting.event.EventUpcasterChain(
                EventUpcasts.asAxonUpcasters()).upcast(Stream.of(stored(REVISION_1, "1"))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        Object event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new ActionStatusUpdated("ctg-pays-du-gier-2023", "ej-08", ActionStatus.PLANNED,
                ActionStatus.POSTPONED, LocalDate.of(2025, 3, 1), "Local indisponible", "Travaux du centre social",
                null));
    }

    @Test
    void aRevisionTwoStatusUpdateKeepsItsMeeting() {
        String revision2 = REVISION_1.replace("}", ",\"meetingId\":\"copil-2025-03\"}");
        List<IntermediateEventRepresentation> upcast = new org.axonframework.serialization.upcasting.event.EventUpcasterChain(
                EventUpcasts.asAxonUpcasters()).upcast(Stream.of(stored(revision2, "2"))).toList();

        assertThat(((ActionStatusUpdated) serializer.deserialize(upcast.get(0).getData())).meetingId())
                .isEqualTo("copil-2025-03");
    }

    private IntermediateEventRepresentation stored(String payload, String revision) {
        GenericDomainEventEntry<String> entry = new GenericDomainEventEntry<>("Convention", "ctg-pays-du-gier-2023", 3,
                "event-1", "2025-03-01T09:00:00Z", ActionStatusUpdated.class.getName(), revision, payload, "{}");
        return new InitialEventRepresentation(entry, serializer);
    }
}
