package fr.ctg.dashboard.history;

import org.springframework.stereotype.Component;

import fr.ctg.dashboard.web.Labels;

import java.util.Map;

/**
 * The French name of each event type and the label of each of its fields: one table,
 * {@code event_fields_fr.properties}, keyed by the event's simple name and by {@code type.field}. The stored JSON keeps
 * its English keys; only the history page and its PDF translate.
 */
@Component
public class EventLabels {

    static final String RESOURCE = "fr/ctg/dashboard/history/event_fields_fr.properties";

    private final Map<String, String> labels = Labels.load(RESOURCE);

    /** The event's French name; its type when the table lacks it (a test keeps that from happening). */
    public String event(String type) {
        return labels.getOrDefault(type, type);
    }

    public String field(String type, String field) {
        return labels.getOrDefault(type + "." + field, field);
    }

    boolean hasEvent(String type) {
        return labels.containsKey(type);
    }

    boolean hasField(String type, String field) {
        return labels.containsKey(type + "." + field);
    }
}
