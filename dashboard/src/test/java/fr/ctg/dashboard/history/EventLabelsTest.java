package fr.ctg.dashboard.history;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import fr.ctg.convention.ConventionDefined;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event of the shared kernel (its classes with {@code @Revision}, as the event approval test finds them) and
 * every one of its fields has a French label, so the history page never shows an English key.
 */
class EventLabelsTest {

    private final EventLabels labels = new EventLabels();

    @Test
    void everyFieldOfEveryEventHasAFrenchLabel() throws Exception {
        List<Class<?>> events = events();
        List<String> missing = new ArrayList<>();
        for (Class<?> event : events) {
            String type = event.getSimpleName();
            if (!labels.hasEvent(type)) {
                missing.add(type);
            }
            Arrays.stream(event.getRecordComponents())
                    .filter(field -> !labels.hasField(type, field.getName()))
                    .forEach(field -> missing.add(type + "." + field.getName()));
        }
        assertThat(events).as("events found").hasSizeGreaterThan(30).allMatch(Class::isRecord);
        assertThat(missing).as("keys missing from " + EventLabels.RESOURCE).isEmpty();
    }

    @Test
    void anEventsFieldsAreLabelledForThatEvent() {
        assertThat(labels.event("CouncilVoteRecorded")).isEqualTo("Vote du conseil municipal enregistré");
        assertThat(labels.field("CouncilVoteRecorded", "sessionDate")).isEqualTo("Date de la séance");
        assertThat(labels.field("AnnualReportValidated", "year")).isEqualTo("Année du bilan");
        assertThat(labels.field("IndicatorMeasureRecorded", "year")).isEqualTo("Année");
    }

    /** The shared kernel's classes only: an aggregate's snapshot carries a revision too, and is no event. */
    private static List<Class<?>> events() throws ClassNotFoundException {
        URL sharedKernel = ConventionDefined.class.getProtectionDomain().getCodeSource().getLocation();
        List<Class<?>> events = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().importUrl(sharedKernel)) {
            if (type.isAnnotatedWith(Revision.class)) {
                events.add(Class.forName(type.getName()));
            }
        }
        return events;
    }
}
