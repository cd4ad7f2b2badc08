package fr.ctg.query.communeapproval;

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
import fr.ctg.route.CouncilVoteCorrected;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.VoteCount;
import fr.ctg.route.query.CommuneApprovalPage;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.FindCommuneApprovals;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import java.util.List;

import static fr.ctg.query.support.Columns.sqlDate;

/**
 * Where each commune stands on the route: the stage is the one {@link CommuneRouteState} gives, set from the event
 * alone ({@link CommuneRouteState#stageAfter}) so that no row is read before it is written. Each update applies only
 * if the event is newer than the row's {@code last_sequence} ({@link GuardedWrites}), so an event delivered again
 * changes nothing.
 */
@Component
@ProcessingGroup(ProcessorNames.COMMUNE_APPROVAL)
class CommuneApprovalProjection implements ReadModel {

    private final JdbcTemplate jdbc;
    private final GuardedWrites writes;

    CommuneApprovalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new GuardedWrites(jdbc, ProcessorNames.COMMUNE_APPROVAL);
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
        int ordinal = 0;
        for (Perimeter perimeter : event.perimeters()) {
            for (Commune commune : perimeter.communes()) {
                writes.insert("""
                                INSERT INTO commune_approval (convention_id, insee_code, ordinal, perimeter_code,
                                                              commune_name, population, stage, last_sequence)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                        event.conventionId(), commune.inseeCode(), ordinal++, perimeter.code(), commune.name(),
                        commune.population(), CommuneRouteState.START.stage().name(), sequence);
            }
        }
    }

    private static final SqlStatement PRESENTED = SqlStatement.of("""
            UPDATE commune_approval
            SET stage = :stage, presented_on = :sessionDate, last_sequence = :sequence
            WHERE convention_id = :conventionId AND insee_code = :inseeCode AND last_sequence < :sequence""");

    @EventHandler
    void on(PresentedToMunicipalCouncil event, @SequenceNumber long sequence) {
        writes.updateIfNewer(PRESENTED, sequence, commune(event)
                .addValue("stage", stageAfter(event))
                .addValue("sessionDate", sqlDate(event.sessionDate())));
    }

    private static final SqlStatement VOTED = SqlStatement.of("""
            UPDATE commune_approval
            SET stage = :stage, voted_on = :sessionDate, votes_held = votes_held + 1, outcome = :outcome,
                ballot = :ballot, votes_for = :votesFor, votes_against = :votesAgainst, abstentions = :abstentions,
                not_taking_part = :notTakingPart, deliberation_number = :deliberationNumber, actes_id = :actesId,
                last_sequence = :sequence
            WHERE convention_id = :conventionId AND insee_code = :inseeCode AND last_sequence < :sequence""");

    @EventHandler
    void on(CouncilVoteRecorded event, @SequenceNumber long sequence) {
        writes.updateIfNewer(VOTED, sequence, votes(commune(event), event.votes())
                .addValue("stage", stageAfter(event))
                .addValue("sessionDate", sqlDate(event.sessionDate()))
                .addValue("outcome", event.outcome().name())
                .addValue("ballot", event.ballot() == null ? null : event.ballot().name())
                .addValue("deliberationNumber", event.deliberationNumber())
                .addValue("actesId", event.actesId()));
    }

    /** The corrected figures replace the recorded ones; the count of votes held does not change. */
    private static final SqlStatement VOTE_CORRECTED = SqlStatement.of("""
            UPDATE commune_approval
            SET ballot = :ballot, votes_for = :votesFor, votes_against = :votesAgainst, abstentions = :abstentions,
                not_taking_part = :notTakingPart, last_sequence = :sequence
            WHERE convention_id = :conventionId AND insee_code = :inseeCode AND last_sequence < :sequence""");

    @EventHandler
    void on(CouncilVoteCorrected event, @SequenceNumber long sequence) {
        writes.updateIfNewer(VOTE_CORRECTED, sequence, votes(commune(event), event.votes())
                .addValue("ballot", event.ballot().name()));
    }

    /** A transmission without an ACTES id keeps the one the vote gave. */
    private static final SqlStatement TRANSMITTED = SqlStatement.of("""
            UPDATE commune_approval
            SET transmission_sent_on = :sentOn, transmission_received_on = :receivedOn,
                actes_id = coalesce(:actesId, actes_id), last_sequence = :sequence
            WHERE convention_id = :conventionId AND insee_code = :inseeCode AND last_sequence < :sequence""");

    @EventHandler
    void on(PrefectureTransmissionRecorded event, @SequenceNumber long sequence) {
        writes.updateIfNewer(TRANSMITTED, sequence, commune(event)
                .addValue("sentOn", sqlDate(event.sentOn()))
                .addValue("receivedOn", sqlDate(event.receivedOn()))
                .addValue("actesId", event.actesId()));
    }

    private static final SqlStatement PUBLISHED = SqlStatement.of("""
            UPDATE commune_approval
            SET published_on = :publishedOn, last_sequence = :sequence
            WHERE convention_id = :conventionId AND insee_code = :inseeCode AND last_sequence < :sequence""");

    @EventHandler
    void on(DeliberationPublished event, @SequenceNumber long sequence) {
        writes.updateIfNewer(PUBLISHED, sequence, commune(event)
                .addValue("publishedOn", sqlDate(event.publishedOn())));
    }

    private static final SqlStatement EXECUTORY = SqlStatement.of("""
            UPDATE commune_approval
            SET stage = :stage, executory_on = :executoryOn, last_sequence = :sequence
            WHERE convention_id = :conventionId AND insee_code = :inseeCode AND last_sequence < :sequence""");

    @EventHandler
    void on(DeliberationBecameExecutory event, @SequenceNumber long sequence) {
        writes.updateIfNewer(EXECUTORY, sequence, commune(event)
                .addValue("stage", stageAfter(event))
                .addValue("executoryOn", sqlDate(event.executoryOn())));
    }

    private static final SqlStatement WITHDRAWN = SqlStatement.of("""
            UPDATE commune_approval
            SET stage = :stage, withdrawn_on = :withdrawnOn, withdrawal_reason = :reason, last_sequence = :sequence
            WHERE convention_id = :conventionId AND insee_code = :inseeCode AND last_sequence < :sequence""");

    @EventHandler
    void on(CommuneWithdrawn event, @SequenceNumber long sequence) {
        writes.updateIfNewer(WITHDRAWN, sequence, commune(event)
                .addValue("stage", stageAfter(event))
                .addValue("withdrawnOn", sqlDate(event.withdrawnOn()))
                .addValue("reason", event.reason()));
    }

    /** The row an event of one commune's route changes. */
    private static MapSqlParameterSource commune(CommuneRouteEvent event) {
        return new MapSqlParameterSource("conventionId", event.conventionId())
                .addValue("inseeCode", event.communeInseeCode());
    }

    private static MapSqlParameterSource votes(MapSqlParameterSource values, VoteCount votes) {
        return values.addValue("votesFor", votes.votesFor())
                .addValue("votesAgainst", votes.votesAgainst())
                .addValue("abstentions", votes.abstentions())
                .addValue("notTakingPart", votes.notTakingPart());
    }

    /** The stage the shared fold moves a commune to on {@code event}; see {@link CommuneRouteState#stageAfter}. */
    private static String stageAfter(CommuneRouteEvent event) {
        return CommuneRouteState.stageAfter(event).orElseThrow().name();
    }

    @QueryHandler
    CommuneApprovalPage handle(FindCommuneApprovals query) {
        return new CommuneApprovalQueries(jdbc).find(query);
    }
}
