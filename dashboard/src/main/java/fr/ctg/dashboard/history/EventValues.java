package fr.ctg.dashboard.history;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.dashboard.web.Labels;
import org.springframework.stereotype.Component;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * An event's stored value as a French reader reads it, guided by the event record's Java types: the fields of a
 * nested record with their French labels ({@link EventLabels}, keyed by the nested record's type), dates as
 * dd/MM/yyyy, instants in Paris time, the codes of an enum in French where the pages already translate them.
 */
@Component
class EventValues {

    /** The enums the pages already word in French, and the family of their labels in {@link Labels}. */
    private static final Map<String, String> ENUM_LABELS = Map.ofEntries(Map.entry("BallotType", "ballot"),
            Map.entry("VoteOutcome", "outcome"), Map.entry("ActionStatus", "status"), Map.entry("ActionLevel", "level"),
            Map.entry("MeetingKind", "meeting-kind"), Map.entry("DocumentRole", "document-role"),
            Map.entry("PartyKind", "party-kind"), Map.entry("PublicationMode", "publication"),
            Map.entry("AmendmentState", "amendment-state"), Map.entry("PlanChangeKind", "plan-change"),
            Map.entry("PrefectLetterKind", "letter"), Map.entry("IndicatorUnit", "unit"),
            Map.entry("IndicatorDirection", "direction"));

    private final EventLabels names;
    private final Labels labels;

    EventValues(EventLabels names, Labels labels) {
        this.names = names;
        this.labels = labels;
    }

    // Looked up once per type, not per row and field: a page words hundreds of events of a few dozen types.
    private static final Map<String, Optional<Class<?>>> CLASSES = new ConcurrentHashMap<>();
    private static final ClassValue<Map<String, Type>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> type) {
            return type.isRecord() ? Arrays.stream(type.getRecordComponents())
                    .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, RecordComponent::getGenericType))
                    : Map.of();
        }
    };

    /** The event's class, when this build still knows it (an event type renamed since is shown as stored). */
    static Optional<Class<?>> eventClass(String payloadType) {
        return CLASSES.computeIfAbsent(payloadType, EventValues::load);
    }

    private static Optional<Class<?>> load(String payloadType) {
        try {
            return Optional.of(Class.forName(payloadType));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The Java type of a record's component, or null when the record has no such component. */
    static Type componentType(Type record, String field) {
        return record instanceof Class<?> type ? COMPONENTS.get(type).get(field) : null;
    }

    String shown(JsonNode value, Type type) {
        if (value.isObject()) {
            return object(value, type);
        }
        if (value.isArray()) {
            Type element = type instanceof ParameterizedType list ? list.getActualTypeArguments()[0] : null;
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isObject() ? "(" + shown(item, element) + ")" : shown(item, element)));
            return items.isEmpty() ? "aucun" : String.join(", ", items);
        }
        return scalar(value, type);
    }

    private String object(JsonNode value, Type type) {
        List<String> fields = new ArrayList<>();
        String owner = type instanceof Class<?> record && record.isRecord() ? record.getSimpleName() : null;
        value.fields().forEachRemaining(field -> {
            if (!field.getValue().isNull() && !field.getKey().equals("conventionId")) {
                String label = owner == null ? field.getKey() : names.field(owner, field.getKey());
                fields.add(label + " : " + shown(field.getValue(), componentType(type, field.getKey())));
            }
        });
        return String.join(" ; ", fields);
    }

    private String scalar(JsonNode value, Type type) {
        if (value.isBoolean()) {
            return value.asBoolean() ? "oui" : "non";
        }
        String text = value.asText();
        if (type == LocalDate.class) {
            return labels.date(LocalDate.parse(text));
        }
        if (type == Instant.class) {
            return labels.dateTime(Instant.parse(text));
        }
        if (type instanceof Class<?> enumType && enumType.isEnum() && ENUM_LABELS.containsKey(enumType.getSimpleName())) {
            return labels.of(ENUM_LABELS.get(enumType.getSimpleName()), text);
        }
        return text;
    }
}
