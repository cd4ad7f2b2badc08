package fr.ctg.dashboard.history;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import fr.ctg.convention.ConventionDefined;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event of the shared kernel (its classes with {@code @Revision}, as the event approval test finds them), every
 * one of its fields and every field of the records it holds has a French label: the history page never shows an
 * English key.
 */
class EventLabelsTest {

    private final EventLabels labels = new EventLabels();

    @Test
    void everyFieldOfEveryEventAndOfTheRecordsInItHasAFrenchLabel() throws Exception {
        List<Class<?>> events = events();
        List<String> missing = new ArrayList<>();
        events.stream().map(Class::getSimpleName).filter(type -> !labels.hasEvent(type)).forEach(missing::add);
        Set<Class<?>> records = new LinkedHashSet<>();
        events.forEach(event -> reachable(event, records));
        for (Class<?> record : records) {
            String type = record.getSimpleName();
            Arrays.stream(record.getRecordComponents())
                    .filter(field -> !labels.hasField(type, field.getName()))
                    .forEach(field -> missing.add(type + "." + field.getName()));
        }
        assertThat(events).as("events found").hasSizeGreaterThan(30).allMatch(Class::isRecord);
        assertThat(records).as("records in events").hasSizeGreaterThan(events.size());
        assertThat(missing).as("keys missing from " + EventLabels.RESOURCE).isEmpty();
    }

    /** The record and every record its fields hold, however deep (in lists and maps too). */
    private static void reachable(Class<?> record, Set<Class<?>> found) {
        if (!found.add(record)) {
            return;
        }
        for (RecordComponent field : record.getRecordComponents()) {
            records(field.getGenericType()).forEach(nested -> reachable(nested, found));
        }
    }

    private static List<Class<?>> records(Type type) {
        if (type instanceof Class<?> c) {
            return c.isRecord() ? List.of(c) : List.of();
        }
        if (type instanceof ParameterizedType generic) {
            return Arrays.stream(generic.getActualTypeArguments()).flatMap(t -> records(t).stream()).toList();
        }
        return List.of();
    }

    @Test
    void anEventsFieldsAreLabelledForThatEvent() {
        assertThat(labels.event("CouncilVoteRecorded")).isEqualTo("Vote du conseil municipal enregistré");
        assertThat(labels.field("CouncilVoteRecorded", "sessionDate")).isEqualTo("Date de la séance");
        assertThat(labels.field("AnnualReportValidated", "year")).isEqualTo("Année du bilan");
        assertThat(labels.field("IndicatorMeasureRecorded", "year")).isEqualTo("Année");
        assertThat(labels.field("VoteCount", "votesFor")).isEqualTo("Pour");
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
