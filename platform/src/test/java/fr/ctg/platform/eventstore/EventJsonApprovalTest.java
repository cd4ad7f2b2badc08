package fr.ctg.platform.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the stored JSON of every event type. A change to an event's shape fails here and shows in review as a change
 * to {@code src/test/resources/approved/}: stored events are forever, so a shape change needs a new revision and an
 * upcaster, not a silent edit. To approve a deliberate change, copy the {@code .received.json} over the file.
 */
class EventJsonApprovalTest {

    private static final Path APPROVED = Path.of("src/test/resources/approved");
    private final ObjectMapper json = EventJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

    @TestFactory
    Stream<DynamicTest> everyEventKeepsItsApprovedJson() {
        return EventExamples.all().stream().map(event -> DynamicTest.dynamicTest(event.getClass().getSimpleName(),
                () -> approve(event)));
    }

    @Test
    void everyEventTypeHasAnExampleAndARevision() {
        Set<String> revisioned = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.ctg").stream()
                .filter(c -> c.isAnnotatedWith(Revision.class))
                .map(JavaClass::getName).collect(Collectors.toSet());
        Set<String> examples = EventExamples.all().stream().map(e -> e.getClass().getName()).collect(Collectors.toSet());
        assertThat(examples).isEqualTo(revisioned);
    }

    private void approve(Object event) throws IOException {
        String name = event.getClass().getSimpleName();
        String received = json.writeValueAsString(event) + "\n";
        Path approved = APPROVED.resolve(name + ".json");
        Path receivedFile = APPROVED.resolve(name + ".received.json");
        if (!Files.exists(approved) || !Files.readString(approved, StandardCharsets.UTF_8).equals(received)) {
            Files.writeString(receivedFile, received, StandardCharsets.UTF_8);
        } else {
            Files.deleteIfExists(receivedFile);
        }
        assertThat(Files.exists(approved)).as("approved JSON of %s (see %s)", name, receivedFile).isTrue();
        assertThat(received).as("JSON of %s", name).isEqualTo(Files.readString(approved, StandardCharsets.UTF_8));
        assertThat(json.readValue(received, event.getClass())).as("%s reads back", name).isEqualTo(event);
    }
}
