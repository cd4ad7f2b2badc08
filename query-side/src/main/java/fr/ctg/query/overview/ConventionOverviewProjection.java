package fr.ctg.query.overview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Perimeter;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.ConventionStage;
import fr.ctg.convention.query.ConventionSummaryPage;
import fr.ctg.convention.query.FindConventionOverview;
import fr.ctg.convention.query.ListConventions;
import fr.ctg.platform.eventstore.EventJson;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.processing.ReadModel;
import fr.ctg.query.support.GuardedWrites;
import fr.ctg.query.support.SqlStatement;
import fr.ctg.route.CommuneRouteEvent;
import fr.ctg.route.CommuneRouteState;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.VoteOutcome;
import fr.ctg.route.query.CommuneStage;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static fr.ctg.query.support.Columns.sqlDate;

/**
 * The convention as a whole: its stage, the milestones of its route and the totals over its communes. Every event
 * claims the convention row by raising its {@code last_sequence}; an event already applied claims nothing and
 * changes nothing. Each event's writes are self-guarded statements, so they wait for the processor batch's commit
 * and go as JDBC batches ({@link GuardedWrites}), like the other projections'.
 */
@Component
@ProcessingGroup(ProcessorNames.CONVENTION_OVERVIEW)
class ConventionOverviewProjection implements ReadModel {

    /** Built once: building a mapper costs more than the write it serves. */
    private static final ObjectMapper JSON = EventJson.mapper();

    private final JdbcTemplate jdbc;
    private final GuardedWrites writes;

    ConventionOverviewProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new GuardedWrites(jdbc, ProcessorNames.CONVENTION_OVERVIEW);
    }

    @Override
    public String processorName() {
        return ProcessorNames.CONVENTION_OVERVIEW;
    }

    @Override
    public List<String> tables() {
        return List.of("convention_overview", "convention_overview_commune");
    }

    @EventHandler
    void on(ConventionDefined event, @SequenceNumber long sequence, @Timestamp Instant definedAt) {
        writes.insert("""
                        INSERT INTO convention_overview (convention_id, name, caf, period_start, period_end, stage,
                                                         defined_at, last_sequence)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.conventionId(), event.name(), event.caf(), event.period().startYear(),
                event.period().endYear(), ConventionStage.DEFINING.name(),
                OffsetDateTime.ofInstant(definedAt, ZoneOffset.UTC), sequence);
        for (Perimeter perimeter : event.perimeters()) {
            for (Commune commune : perimeter.communes()) {
                writes.insert("""
                                INSERT INTO convention_overview_commune (convention_id, insee_code, perimeter_code,
                                                                         population, stage)
                                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                        event.conventionId(), commune.inseeCode(), perimeter.code(), commune.population(),
                        CommuneRouteState.START.stage().name());
            }
        }
    }

    /*
     * Each route event's statement claims the convention row (raises its last_sequence, only if the event is newer),
     * applies the event's changes to it and, only if the claim succeeded, sets the commune's stage: one statement, so
     * that an event applied before changes nothing and the statement can wait in the batch with the others. The
     * first presentation, vote or withdrawal moves a DEFINING convention onto its route (ConventionStage names).
     */
    private static final SqlStatement CLAIM_PRESENTED = SqlStatement.of("""
            WITH claimed AS (
                UPDATE convention_overview
                SET first_presentation_on = least(first_presentation_on, :sessionDate),
                    stage = CASE WHEN stage = 'DEFINING' THEN 'ROUTE_IN_PROGRESS' ELSE stage END,
                    last_sequence = :sequence
                WHERE convention_id = :conventionId AND last_sequence < :sequence
                RETURNING convention_id)
            UPDATE convention_overview_commune SET stage = :communeStage
            WHERE convention_id = (SELECT convention_id FROM claimed) AND insee_code = :inseeCode""");

    @EventHandler
    void on(PresentedToMunicipalCouncil event, @SequenceNumber long sequence) {
        writes.updateIfNewer(CLAIM_PRESENTED, sequence, commune(event)
                .addValue("sessionDate", sqlDate(event.sessionDate())));
    }

    private static final SqlStatement CLAIM_VOTED = SqlStatement.of("""
            WITH claimed AS (
                UPDATE convention_overview
                SET first_vote_on = least(first_vote_on, :sessionDate),
                    first_adoption_on = CASE WHEN :adopted THEN least(first_adoption_on, :sessionDate)
                                             ELSE first_adoption_on END,
                    stage = CASE WHEN stage = 'DEFINING' THEN 'ROUTE_IN_PROGRESS' ELSE stage END,
                    last_sequence = :sequence
                WHERE convention_id = :conventionId AND last_sequence < :sequence
                RETURNING convention_id)
            UPDATE convention_overview_commune SET stage = :communeStage
            WHERE convention_id = (SELECT convention_id FROM claimed) AND insee_code = :inseeCode""");

    @EventHandler
    void on(CouncilVoteRecorded event, @SequenceNumber long sequence) {
        writes.updateIfNewer(CLAIM_VOTED, sequence, commune(event)
                .addValue("sessionDate", sqlDate(event.sessionDate()))
                .addValue("adopted", event.outcome() == VoteOutcome.ADOPTED));
    }

    private static final SqlStatement CLAIM_EXECUTORY = SqlStatement.of("""
            WITH claimed AS (
                UPDATE convention_overview
                SET first_executory_on = least(first_executory_on, :executoryOn),
                    last_sequence = :sequence
                WHERE convention_id = :conventionId AND last_sequence < :sequence
                RETURNING convention_id)
            UPDATE convention_overview_commune SET stage = :communeStage
            WHERE convention_id = (SELECT convention_id FROM claimed) AND insee_code = :inseeCode""");

    @EventHandler
    void on(DeliberationBecameExecutory event, @SequenceNumber long sequence) {
        writes.updateIfNewer(CLAIM_EXECUTORY, sequence, commune(event)
                .addValue("executoryOn", sqlDate(event.executoryOn())));
        readyIfNothingBlocks(event.conventionId(), sequence, event.executoryOn());
    }

    private static final SqlStatement CLAIM_WITHDRAWN = SqlStatement.of("""
            WITH claimed AS (
                UPDATE convention_overview
                SET stage = CASE WHEN stage = 'DEFINING' THEN 'ROUTE_IN_PROGRESS' ELSE stage END,
                    last_sequence = :sequence
                WHERE convention_id = :conventionId AND last_sequence < :sequence
                RETURNING convention_id)
            UPDATE convention_overview_commune SET stage = :communeStage
            WHERE convention_id = (SELECT convention_id FROM claimed) AND insee_code = :inseeCode""");

    @EventHandler
    void on(CommuneWithdrawn event, @SequenceNumber long sequence) {
        writes.updateIfNewer(CLAIM_WITHDRAWN, sequence, commune(event));
        readyIfNothingBlocks(event.conventionId(), sequence, event.withdrawnOn());
    }

    private static final SqlStatement SIGNED = SqlStatement.of("""
            UPDATE convention_overview
            SET stage = 'SIGNED', signed_on = :signedOn, signatories = CAST(:signatories AS jsonb),
                last_sequence = :sequence
            WHERE convention_id = :conventionId AND last_sequence < :sequence""");

    @EventHandler
    void on(ConventionSigned event, @SequenceNumber long sequence) throws JsonProcessingException {
        writes.updateIfNewer(SIGNED, sequence, new MapSqlParameterSource("conventionId", event.conventionId())
                .addValue("signedOn", sqlDate(event.signedOn()))
                .addValue("signatories", JSON.writeValueAsString(event.signatures().stream()
                        .map(s -> new fr.ctg.route.Signatory(s.name(), s.role(), s.partyName())).toList())));
    }

    /**
     * Ready to sign once some commune remains and every remaining one is executory; dated by the event that did it.
     * It runs after the claim's statement has set the commune's stage, and only while this event is the last one the
     * row took: for an event already applied that is a no-op, since nothing changed since it last ran. Which stages
     * remain and which block come from {@link CommuneStage}, as the aggregate's signature rule reads them.
     */
    private static final SqlStatement READY_IF_NOTHING_BLOCKS = SqlStatement.of("""
            UPDATE convention_overview SET stage = 'READY_TO_SIGN', ready_to_sign_on = :on
            WHERE convention_id = :conventionId AND last_sequence = :sequence
              AND stage IN ('DEFINING', 'ROUTE_IN_PROGRESS')
              AND EXISTS (SELECT 1 FROM convention_overview_commune c
                          WHERE c.convention_id = :conventionId AND c.stage IN (%s))
              AND NOT EXISTS (SELECT 1 FROM convention_overview_commune c
                              WHERE c.convention_id = :conventionId AND c.stage IN (%s))"""
            .formatted(sqlList(CommuneStage::inConvention), sqlList(CommuneStage::blocksSignature)));

    private void readyIfNothingBlocks(String conventionId, long sequence, LocalDate on) {
        writes.update(READY_IF_NOTHING_BLOCKS, new MapSqlParameterSource("conventionId", conventionId)
                .addValue("sequence", sequence)
                .addValue("on", sqlDate(on)));
    }

    /** The stages that {@code which} holds, as SQL literals: enum names, so nothing to escape. */
    private static String sqlList(Predicate<CommuneStage> which) {
        return Arrays.stream(CommuneStage.values()).filter(which).map(stage -> "'" + stage.name() + "'")
                .collect(Collectors.joining(", "));
    }

    /** The convention and commune an event of the route claims, and the commune's stage after it. */
    private static MapSqlParameterSource commune(CommuneRouteEvent event) {
        return new MapSqlParameterSource("conventionId", event.conventionId())
                .addValue("inseeCode", event.communeInseeCode())
                .addValue("communeStage", stageAfter(event).name());
    }

    /** The stage the shared fold moves a commune to on {@code event}; see {@link CommuneRouteState#stageAfter}. */
    private static CommuneStage stageAfter(CommuneRouteEvent event) {
        return CommuneRouteState.stageAfter(event).orElseThrow();
    }

    @QueryHandler
    ConventionOverviewView handle(FindConventionOverview query) {
        return new ConventionOverviewQueries(jdbc).overview(query.conventionId());
    }

    @QueryHandler
    ConventionSummaryPage handle(ListConventions query) {
        return new ConventionOverviewQueries(jdbc).list(query.page());
    }
}
