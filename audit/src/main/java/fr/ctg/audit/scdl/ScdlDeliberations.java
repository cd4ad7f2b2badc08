package fr.ctg.audit.scdl;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.audit.store.EventStream;
import fr.ctg.audit.store.StoredEvent;
import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.platform.eventstore.EventJson;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.PrefectureTransmissionRecorded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The deliberations of a convention's communes as SCDL rows, folded from the events (the choices for each field are
 * in docs/auditors.md): one row per recorded council vote, completed by the prefecture's receipt of its transmission.
 */
@Component
class ScdlDeliberations {

    private static final Pattern SIRET = Pattern.compile("[0-9]{14}");
    private static final List<String> TYPES = List.of(ConventionDefined.class.getName(),
            CouncilVoteRecorded.class.getName(), PrefectureTransmissionRecorded.class.getName());

    private final EventStream events;
    private final Environment environment;
    private final ObjectMapper json = EventJson.mapper();
    private final String matiereCode;
    private final String matiereNom;

    ScdlDeliberations(EventStream events, Environment environment,
                      @Value("${ctg.audit.scdl.matiere-code:8.2}") String matiereCode,
                      @Value("${ctg.audit.scdl.matiere-nom:domaines de compétences par thèmes/aide sociale}")
                      String matiereNom) {
        this.events = events;
        this.environment = environment;
        this.matiereCode = matiereCode;
        this.matiereNom = matiereNom;
    }

    /** The rows, and the INSEE codes of the communes whose SIRET is not configured (their COLL_SIRET is empty). */
    record Export(List<ScdlDeliberation> rows, Set<String> missingSiret) {
    }

    Export of(String conventionId) {
        Map<String, Commune> communes = new HashMap<>();
        String[] object = {""};
        List<ScdlDeliberation> rows = new ArrayList<>();
        Map<String, Integer> latestVote = new HashMap<>(); // commune -> index of its latest deliberation in rows
        Set<String> missingSiret = new LinkedHashSet<>();
        events.forEach("aggregate_identifier = ? AND payload_type IN (?, ?, ?) ORDER BY global_index",
                List.of(conventionId, TYPES.get(0), TYPES.get(1), TYPES.get(2)), event -> {
                    switch (event.simpleType()) {
                        case "ConventionDefined" -> {
                            ConventionDefined defined = read(event, ConventionDefined.class);
                            defined.perimeters().forEach(p -> p.communes().forEach(c -> communes.put(c.inseeCode(), c)));
                            object[0] = "Approbation de la " + defined.name() + " conclue avec la " + defined.caf()
                                    + " pour " + defined.period().startYear() + "-" + defined.period().endYear();
                        }
                        case "CouncilVoteRecorded" -> {
                            CouncilVoteRecorded vote = read(event, CouncilVoteRecorded.class);
                            Commune commune = communes.get(vote.communeInseeCode());
                            String siret = siret(commune);
                            if (siret == null) {
                                missingSiret.add(commune.inseeCode());
                            }
                            var v = vote.votes();
                            rows.add(new ScdlDeliberation(commune.name(), siret, vote.deliberationNumber(),
                                    vote.sessionDate().toString(), matiereCode, matiereNom, object[0], null, null,
                                    null, v.votesFor() + v.votesAgainst() + v.abstentions(), v.votesFor(),
                                    v.votesAgainst(), v.abstentions()));
                            latestVote.put(commune.inseeCode(), rows.size() - 1);
                        }
                        case "PrefectureTransmissionRecorded" -> {
                            PrefectureTransmissionRecorded sent = read(event, PrefectureTransmissionRecorded.class);
                            Integer row = latestVote.get(sent.communeInseeCode());
                            if (row != null) {
                                // ACTES ids start with the department on 3 characters: the prefecture's PREF_ID.
                                rows.set(row, rows.get(row).transmitted("PREF" + sent.actesId().substring(0, 3),
                                        sent.receivedOn().toString()));
                            }
                        }
                        default -> {
                        }
                    }
                });
        return new Export(rows, missingSiret);
    }

    /** Only a SIRET configured for the commune and starting with its SIREN; never one made up from the SIREN. */
    private String siret(Commune commune) {
        String configured = environment.getProperty("ctg.audit.scdl.siret." + commune.inseeCode());
        return configured != null && SIRET.matcher(configured).matches() && configured.startsWith(commune.siren())
                ? configured : null;
    }

    private <T> T read(StoredEvent event, Class<T> type) {
        try {
            return json.readValue(event.payload(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
