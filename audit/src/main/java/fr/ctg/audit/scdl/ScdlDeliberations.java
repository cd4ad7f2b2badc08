package fr.ctg.audit.scdl;

import fr.ctg.audit.store.EventStream;
import fr.ctg.audit.store.StoredPayloads;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.PartySiretRecorded;
import fr.ctg.route.CommuneRouteEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the events an SCDL export needs, upcast to their latest revisions, and folds them ({@link ScdlRows}). */
@Component
class ScdlDeliberations {

    /** Every type the fold reads, by stored name: the definition, SIRETs, and every route event. */
    private static final Map<String, Class<?>> TYPES = types();

    private final EventStream events;
    private final String matiereCode;
    private final String matiereNom;

    ScdlDeliberations(EventStream events,
                      @Value("${ctg.audit.scdl.matiere-code:8.2}") String matiereCode,
                      @Value("${ctg.audit.scdl.matiere-nom:domaines de compétences par thèmes/aide sociale}")
                      String matiereNom) {
        this.events = events;
        this.matiereCode = matiereCode;
        this.matiereNom = matiereNom;
    }

    ScdlRows.Export of(String conventionId) {
        ScdlRows rows = new ScdlRows(matiereCode, matiereNom);
        List<Object> arguments = new ArrayList<>(List.of(conventionId));
        arguments.addAll(TYPES.keySet());
        String placeholders = String.join(", ", Collections.nCopies(TYPES.size(), "?"));
        events.forEach("aggregate_identifier = ? AND payload_type IN (" + placeholders + ") ORDER BY global_index",
                arguments, event -> rows.accept(StoredPayloads.read(event, TYPES.get(event.payloadType()))));
        return rows.export();
    }

    private static Map<String, Class<?>> types() {
        Map<String, Class<?>> types = new HashMap<>();
        types.put(ConventionDefined.class.getName(), ConventionDefined.class);
        types.put(PartySiretRecorded.class.getName(), PartySiretRecorded.class);
        for (Class<?> route : CommuneRouteEvent.class.getPermittedSubclasses()) {
            types.put(route.getName(), route);
        }
        return Map.copyOf(types);
    }
}
