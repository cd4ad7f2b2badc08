package fr.ctg.query.communeapproval;

import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Perimeter;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.processing.ReadModel;
import fr.ctg.query.support.BatchedWrites;
import fr.ctg.route.CommuneRouteEvent;
import fr.ctg.route.CommuneRouteState;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.CouncilVoteCorrected;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.query.CommuneApprovalPage;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.FindCommuneApprovals;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

import static fr.ctg.query.support.Columns.sqlDate;

/**
 * Where each commune stands on the route: the stage is the one {@link CommuneRouteState} gives, set from the event
 * alone ({@link CommuneRouteState#stageAfter}) so that no row is read before it is written. Each update applies only
 * if the event's position is above the row's {@code last_sequence}, so an event delivered again changes nothing.
 */
@Component
@ProcessingGroup(ProcessorNames.COMMUNE_APPROVAL)
class CommuneApprovalProjection implements ReadModel {

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    CommuneApprovalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc, ProcessorNames.COMMUNE_APPROVAL);
    }

    @Override
    public String processorName() {
        return ProcessorNames.COMMUNE_APPROVAL;
    }

    @Override
    public List<String> tables() {
        return List.of("commune_approval");
    }

    @EventHandler
    void on(ConventionDefined event, @SequenceNumber long sequence) {
        long position = sequence;
        int ordinal = 0;
        for (Perimeter perimeter : event.perimeters()) {
            for (Commune commune : perimeter.communes()) {
                writes.update("""
                                INSERT INTO commune_approval (convention_id, insee_code, ordinal, perimeter_code,
                                                              commune_name, population, stage, last_sequence)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                        event.conventionId(), commune.inseeCode(), ordinal++, perimeter.code(), commune.name(),
                        commune.population(), CommuneRouteState.START.stage().name(), position);
            }
        }
    }

    @EventHandler
    void on(PresentedToMunicipalCouncil event, @SequenceNumber long sequence) {
        update(event.conventionId(), event.communeInseeCode(), sequence, "stage = ?, presented_on = ?",
                stageAfter(event), sqlDate(event.sessionDate()));
    }

    @EventHandler
    void on(CouncilVoteRecorded event, @SequenceNumber long sequence) {
        update(event.conventionId(), event.communeInseeCode(), sequence, """
                        stage = ?, voted_on = ?, votes_held = votes_held + 1, outcome = ?, ballot = ?, votes_for = ?,
                        votes_against = ?, abstentions = ?, not_taking_part = ?, deliberation_number = ?,
                        actes_id = ?""",
                stageAfter(event), sqlDate(event.sessionDate()), event.outcome().name(),
                event.ballot() == null ? null : event.ballot().name(), event.votes().votesFor(),
                event.votes().votesAgainst(), event.votes().abstentions(), event.votes().notTakingPart(),
                event.deliberationNumber(), event.actesId());
    }

    /** The corrected figures replace the recorded ones; the count of votes held does not change. */
    @EventHandler
    void on(CouncilVoteCorrected event, @SequenceNumber long sequence) {
        update(event.conventionId(), event.communeInseeCode(), sequence, """
                        ballot = ?, votes_for = ?, votes_against = ?, abstentions = ?, not_taking_part = ?""",
                event.ballot().name(), event.votes().votesFor(), event.votes().votesAgainst(),
                event.votes().abstentions(), event.votes().notTakingPart());
    }

    @EventHandler
    void on(PrefectureTransmissionRecorded event, @SequenceNumber long sequence) {
        update(event.conventionId(), event.communeInseeCode(), sequence,
                "transmission_sent_on = ?, transmission_received_on = ?, actes_id = coalesce(?, actes_id)",
                sqlDate(event.sentOn()), sqlDate(event.receivedOn()), event.actesId());
    }

    @EventHandler
    void on(DeliberationPublished event, @SequenceNumber long sequence) {
        update(event.conventionId(), event.communeInseeCode(), sequence, "published_on = ?",
                sqlDate(event.publishedOn()));
    }

    @EventHandler
    void on(DeliberationBecameExecutory event, @SequenceNumber long sequence) {
        update(event.conventionId(), event.communeInseeCode(), sequence, "stage = ?, executory_on = ?",
                stageAfter(event), sqlDate(event.executoryOn()));
    }

    @EventHandler
    void on(CommuneWithdrawn event, @SequenceNumber long sequence) {
        update(event.conventionId(), event.communeInseeCode(), sequence, "stage = ?, withdrawn_on = ?, withdrawal_reason = ?",
                stageAfter(event), sqlDate(event.withdrawnOn()), event.reason());
    }

    /** The stage the shared fold moves a commune to on {@code event}; see {@link CommuneRouteState#stageAfter}. */
    private static String stageAfter(CommuneRouteEvent event) {
        return CommuneRouteState.stageAfter(event).orElseThrow().name();
    }

    private void update(String conventionId, String inseeCode, @SequenceNumber long sequence, String assignments,
                        Object... values) {
        long position = sequence;
        Object[] arguments = new Object[values.length + 4];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = position;
        arguments[values.length + 1] = conventionId;
        arguments[values.length + 2] = inseeCode;
        arguments[values.length + 3] = position;
        writes.update("UPDATE commune_approval SET " + assignments + ", last_sequence = ?"
                + " WHERE convention_id = ? AND insee_code = ? AND last_sequence < ?", arguments);
    }

    @QueryHandler
    CommuneApprovalPage handle(FindCommuneApprovals query) {
        return new CommuneApprovalQueries(jdbc).find(query);
    }
}
