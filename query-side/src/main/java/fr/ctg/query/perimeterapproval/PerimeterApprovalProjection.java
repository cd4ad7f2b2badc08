package fr.ctg.query.perimeterapproval;

import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Perimeter;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.processing.ReadModel;
import fr.ctg.query.support.BatchedWrites;
import fr.ctg.route.CommuneRouteEvent;
import fr.ctg.route.CommuneRouteState;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.query.FindPerimeterApproval;
import fr.ctg.route.query.FindPerimeterApprovals;
import fr.ctg.route.query.PerimeterApprovalList;
import fr.ctg.route.query.PerimeterApprovalView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Per perimeter: communes at each stage, shares with an executory deliberation, communes blocking the signature.
 * It keeps the per-commune facts that make a {@link fr.ctg.route.RouteProgress} (stage, transmitted, published) and
 * aggregates them when asked; the stage is set from the event alone ({@link CommuneRouteState#stageAfter}). A row
 * changes only for an event whose position is above the row's {@code last_sequence}.
 */
@Component
@ProcessingGroup(ProcessorNames.PERIMETER_APPROVAL)
class PerimeterApprovalProjection implements ReadModel {

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    PerimeterApprovalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc, ProcessorNames.PERIMETER_APPROVAL);
    }

    @Override
    public String processorName() {
        return ProcessorNames.PERIMETER_APPROVAL;
    }

    @Override
    public List<String> tables() {
        return List.of("perimeter_approval_commune");
    }

    @EventHandler
    void on(ConventionDefined event, @SequenceNumber long sequence) {
        long position = sequence;
        int ordinal = 0;
        List<Perimeter> perimeters = event.perimeters();
        for (int p = 0; p < perimeters.size(); p++) {
            Perimeter perimeter = perimeters.get(p);
            for (Commune commune : perimeter.communes()) {
                writes.update("""
                                INSERT INTO perimeter_approval_commune (convention_id, insee_code, ordinal,
                                    perimeter_code, perimeter_name, perimeter_ordinal, commune_name, population, stage,
                                    last_sequence)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                        event.conventionId(), commune.inseeCode(), ordinal++, perimeter.code(),
                        perimeter.name() == null ? perimeter.code() : perimeter.name(), p, commune.name(),
                        commune.population(), CommuneRouteState.START.stage().name(), position);
            }
        }
    }

    @EventHandler
    void on(PresentedToMunicipalCouncil event, @SequenceNumber long sequence) {
        update(event.conventionId(), event.communeInseeCode(), sequence, "stage = ?", stageAfter(event));
    }

    @EventHandler
    void on(CouncilVoteRecorded event, @SequenceNumber long sequence) {
        update(event.conventionId(), event.communeInseeCode(), sequence, "stage = ?", stageAfter(event));
    }

    @EventHandler
    void on(PrefectureTransmissionRecorded event, @SequenceNumber long sequence) {
        update(event.conventionId(), event.communeInseeCode(), sequence, "transmitted = ?", true);
    }

    @EventHandler
    void on(DeliberationPublished event, @SequenceNumber long sequence) {
        update(event.conventionId(), event.communeInseeCode(), sequence, "published = ?", true);
    }

    @EventHandler
    void on(DeliberationBecameExecutory event, @SequenceNumber long sequence) {
        update(event.conventionId(), event.communeInseeCode(), sequence, "stage = ?", stageAfter(event));
    }

    @EventHandler
    void on(CommuneWithdrawn event, @SequenceNumber long sequence) {
        update(event.conventionId(), event.communeInseeCode(), sequence, "stage = ?", stageAfter(event));
    }

    /** The stage the shared fold moves a commune to on {@code event}; see {@link CommuneRouteState#stageAfter}. */
    private static String stageAfter(CommuneRouteEvent event) {
        return CommuneRouteState.stageAfter(event).orElseThrow().name();
    }

    private void update(String conventionId, String inseeCode, @SequenceNumber long sequence, String assignment,
                        Object value) {
        long position = sequence;
        writes.update("UPDATE perimeter_approval_commune SET " + assignment + ", last_sequence = ?"
                        + " WHERE convention_id = ? AND insee_code = ? AND last_sequence < ?",
                value, position, conventionId, inseeCode, position);
    }

    @QueryHandler
    PerimeterApprovalList handle(FindPerimeterApprovals query) {
        List<PerimeterApprovalView> perimeters = new PerimeterApprovalQueries(jdbc).perimeters(query.conventionId(), null);
        return perimeters.isEmpty() ? null : new PerimeterApprovalList(query.conventionId(), perimeters);
    }

    @QueryHandler
    PerimeterApprovalView handle(FindPerimeterApproval query) {
        List<PerimeterApprovalView> perimeters =
                new PerimeterApprovalQueries(jdbc).perimeters(query.conventionId(), query.perimeterCode());
        return perimeters.isEmpty() ? null : perimeters.get(0);
    }
}
