package fr.ctg.query.perimeterapproval;

import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Perimeter;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.processing.ReadModel;
import fr.ctg.query.support.GuardedWrites;
import fr.ctg.query.support.SqlStatement;
import fr.ctg.route.CommuneRouteEvent;
import fr.ctg.route.CommuneRouteState;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationAnnulled;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationRetracted;
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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Per perimeter: communes at each stage, shares with an executory deliberation, communes blocking the signature.
 * It keeps the per-commune facts that make a {@link fr.ctg.route.RouteProgress} (stage, transmitted, published) and
 * aggregates them when asked; the stage is set from the event alone ({@link CommuneRouteState#stageAfter}). A row
 * changes only for an event newer than the row's {@code last_sequence} ({@link GuardedWrites}). It counts communes
 * only: the EPCI's route events find no row here. An annulled or retracted commune needs a new deliberation, so it
 * blocks the signature again, lacking every step (the fold clears the receipt and publication with the deliberation).
 */
@Component
@ProcessingGroup(ProcessorNames.PERIMETER_APPROVAL)
class PerimeterApprovalProjection implements ReadModel {

    private final JdbcTemplate jdbc;
    private final GuardedWrites writes;

    PerimeterApprovalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new GuardedWrites(jdbc, ProcessorNames.PERIMETER_APPROVAL);
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
        int ordinal = 0;
        List<Perimeter> perimeters = event.perimeters();
        for (int p = 0; p < perimeters.size(); p++) {
            Perimeter perimeter = perimeters.get(p);
            for (Commune commune : perimeter.communes()) {
                writes.insert("""
                                INSERT INTO perimeter_approval_commune (convention_id, insee_code, ordinal,
                                    perimeter_code, perimeter_name, perimeter_ordinal, commune_name, population, stage,
                                    last_sequence)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                        event.conventionId(), commune.inseeCode(), ordinal++, perimeter.code(),
                        perimeter.name() == null ? perimeter.code() : perimeter.name(), p, commune.name(),
                        commune.population(), CommuneRouteState.START.stage().name(), sequence);
            }
        }
    }

    private static final SqlStatement SET_STAGE = SqlStatement.of("""
            UPDATE perimeter_approval_commune
            SET stage = :stage, last_sequence = :sequence
            WHERE convention_id = :conventionId AND insee_code = :inseeCode AND last_sequence < :sequence""");

    private static final SqlStatement MARK_TRANSMITTED = SqlStatement.of("""
            UPDATE perimeter_approval_commune
            SET transmitted = true, last_sequence = :sequence
            WHERE convention_id = :conventionId AND insee_code = :inseeCode AND last_sequence < :sequence""");

    private static final SqlStatement MARK_PUBLISHED = SqlStatement.of("""
            UPDATE perimeter_approval_commune
            SET published = true, last_sequence = :sequence
            WHERE convention_id = :conventionId AND insee_code = :inseeCode AND last_sequence < :sequence""");

    @EventHandler
    void on(PresentedToMunicipalCouncil event, @SequenceNumber long sequence) {
        setStage(event, sequence);
    }

    @EventHandler
    void on(CouncilVoteRecorded event, @SequenceNumber long sequence) {
        setStage(event, sequence);
    }

    @EventHandler
    void on(PrefectureTransmissionRecorded event, @SequenceNumber long sequence) {
        writes.updateIfNewer(MARK_TRANSMITTED, sequence, commune(event));
    }

    @EventHandler
    void on(DeliberationPublished event, @SequenceNumber long sequence) {
        writes.updateIfNewer(MARK_PUBLISHED, sequence, commune(event));
    }

    @EventHandler
    void on(DeliberationBecameExecutory event, @SequenceNumber long sequence) {
        setStage(event, sequence);
    }

    @EventHandler
    void on(CommuneWithdrawn event, @SequenceNumber long sequence) {
        setStage(event, sequence);
    }

    private static final SqlStatement ENDED = SqlStatement.of("""
            UPDATE perimeter_approval_commune
            SET stage = :stage, transmitted = false, published = false, last_sequence = :sequence
            WHERE convention_id = :conventionId AND insee_code = :inseeCode AND last_sequence < :sequence""");

    @EventHandler
    void on(DeliberationAnnulled event, @SequenceNumber long sequence) {
        end(event, sequence);
    }

    @EventHandler
    void on(DeliberationRetracted event, @SequenceNumber long sequence) {
        end(event, sequence);
    }

    /** The deliberation is gone, and with it its receipt and publication: the commune starts its route again. */
    private void end(CommuneRouteEvent event, long sequence) {
        writes.updateIfNewer(ENDED, sequence, commune(event)
                .addValue("stage", CommuneRouteState.stageAfter(event).orElseThrow().name()));
    }

    /** Sets the commune's stage after {@code event}, as {@link CommuneRouteState#stageAfter} gives it. */
    private void setStage(CommuneRouteEvent event, long sequence) {
        writes.updateIfNewer(SET_STAGE, sequence, commune(event)
                .addValue("stage", CommuneRouteState.stageAfter(event).orElseThrow().name()));
    }

    /** The row an event of one commune's route changes. */
    private static MapSqlParameterSource commune(CommuneRouteEvent event) {
        return new MapSqlParameterSource("conventionId", event.conventionId())
                .addValue("inseeCode", event.communeInseeCode());
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
