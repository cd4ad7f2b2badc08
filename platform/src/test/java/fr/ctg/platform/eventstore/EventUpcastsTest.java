package fr.ctg.platform.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Parties;
import fr.ctg.platform.eventstore.upcasting.EventUpcasts;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.CouncilVoteCorrected;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.GivenSignature;
import fr.ctg.route.PrefectureTransmissionRecorded;
import org.axonframework.eventhandling.EventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored in their first revision (their approved JSON of the time, kept in {@code revision-1/}) read as the
 * latest revision, through Axon's upcaster chain as the processors and the aggregate read them.
 */
class EventUpcastsTest {

    private static final Path REVISION_1 = Path.of("src/test/resources/revision-1");
    private final Serializer serializer = JacksonSerializer.builder().objectMapper(EventJson.mapper())
            .revisionResolver(new AnnotationRevisionResolver()).build();
    private final EventUpcasterChain chain = new EventUpcasterChain(EventUpcasts.asAxonUpcasters());

    @Test
    void anOldConventionSignedListsItsSignatoriesAsSignaturesOfItsDay() throws Exception {
        ConventionSigned signed = (ConventionSigned) read(ConventionSigned.class);

        assertThat(signed.signedOn()).isEqualTo(LocalDate.of(2023, 10, 2));
        assertThat(signed.signatures()).containsExactly(new GivenSignature(null, "Caf de la Loire",
                LocalDate.of(2023, 10, 2), "A. Martin", "Directrice"));
    }

    @Test
    void anOldDefinitionHasNoPartiesBeyondItsCafAndCommunes() throws Exception {
        assertThat(((ConventionDefined) read(ConventionDefined.class)).parties()).isEqualTo(Parties.NONE);
    }

    @Test
    void oldVotesAndPublicationsHaveNoAttendanceAndNoMode() throws Exception {
        CouncilVoteRecorded vote = (CouncilVoteRecorded) read(CouncilVoteRecorded.class);
        assertThat(vote.attendance()).isNull();
        assertThat(vote.quorumLackingOn()).isNull();
        assertThat(vote.deliberationNumber()).isEqualTo("DEL_2023_064");
        assertThat(((CouncilVoteCorrected) read(CouncilVoteCorrected.class)).attendance()).isNull();
        DeliberationPublished published = (DeliberationPublished) read(DeliberationPublished.class);
        assertThat(published.mode()).isNull();
        assertThat(published.publishedOn()).isEqualTo(LocalDate.of(2023, 9, 14));
    }

    @Test
    void anOldTransmissionHasNoSubjectCodes() throws Exception {
        PrefectureTransmissionRecorded transmission =
                (PrefectureTransmissionRecorded) read(PrefectureTransmissionRecorded.class);
        assertThat(transmission.subjectCodes()).isEmpty();
        assertThat(transmission.receivedOn()).isEqualTo(LocalDate.of(2023, 9, 13));
    }

    @Test
    void theSameStepsServeReadersOfStoredRows() throws Exception {
        ObjectMapper json = EventJson.mapper();
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                Files.readString(REVISION_1.resolve("ConventionSigned.json")));
        EventUpcasts.Upcast upcast = EventUpcasts.toLatest(ConventionSigned.class.getName(), "1", node);

        assertThat(upcast.revision()).isEqualTo("2");
        assertThat(json.treeToValue(upcast.payload(), ConventionSigned.class)).isEqualTo(read(ConventionSigned.class));
    }

    private Object read(Class<?> type) throws Exception {
        String payload = Files.readString(REVISION_1.resolve(type.getSimpleName() + ".json"), StandardCharsets.UTF_8);
        EventData<?> stored = new GenericDomainEventEntry<>("Convention", "ctg-pays-du-gier-2023", 3, "event-1",
                Instant.parse("2023-10-02T10:00:00Z"), type.getName(), "1", payload, "{}");
        Stream<IntermediateEventRepresentation> upcast = chain.upcast(Stream.of(
                new InitialEventRepresentation(stored, serializer)));
        List<IntermediateEventRepresentation> results = upcast.toList();
        assertThat(results).hasSize(1);
        IntermediateEventRepresentation latest = results.get(0);
        return serializer.deserialize(new SimpleSerializedObject<>(latest.getData(String.class).getData(),
                String.class, latest.getType()));
    }
}
