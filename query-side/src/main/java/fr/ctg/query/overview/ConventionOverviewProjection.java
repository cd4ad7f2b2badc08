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
import fr.ctg.query.support.BatchedWrites;
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
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static fr.ctg.query.support.Columns.sqlDate;

/**
 * The convention as a whole: its stage, the milestones of its route and the totals over its communes. Every event
 * claims the convention row by raising its {@code last_sequence}; an event already applied claims nothing and
 * changes nothing. Each event's writes are self-guarded statements, so they wait for the processor batch's commit
 * and go as JDBC batches ({@link BatchedWrites}), like the other projections'.
 */
@Component
@ProcessingGroup(ProcessorNames.CONVENTION_OVERVIEW)
class ConventionOverviewProjection implements ReadModel {

    /** Built once: building a mapper costs more than the write it serves. */
    private static final ObjectMapper JSON = EventJson.mapper();

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    ConventionOverviewProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc, ProcessorNames.CONVENTION_OVERVIEW);
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
        writes.update("""
                        INSERT INTO convention_overview (convention_id, name, caf, period_start, period_end, stage,
                                                         defined_at, last_sequence)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.conventionId(), event.name(), event.caf(), event.period().startYear(),
                event.period().endYear(), ConventionStage.DEFINING.name(),
                OffsetDateTime.ofInstant(definedAt, ZoneOffset.UTC), sequence);
        for (Perimeter perimeter : event.perimeters()) {
            for (Commune commune : perimeter.communes()) {
                writes.update("""
                                INSERT INTO convention_overview_commune (convention_id, insee_code, perimeter_code,
                                                                         population, stage)
                                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                        event.conventionId(), commune.inseeCode(), perimeter.code(), commune.population(),
                        CommuneRouteState.START.stage().name());
            }
        }
    }

    @EventHandler
    void on(PresentedToMunicipalCouncil event, @SequenceNumber long sequence) {
        claimAndSetCommune(event.conventionId(), event.communeInseeCode(), sequence, stageAfter(event),
                "first_presentation_on = least(first_presentation_on, ?), " + ROUTE_STARTED,
                sqlDate(event.sessionDate()));
    }

    @EventHandler
    void on(CouncilVoteRecorded event, @SequenceNumber long sequence) {
        boolean adopted = event.outcome() == VoteOutcome.ADOPTED;
        claimAndSetCommune(event.conventionId(), event.communeInseeCode(), sequence, stageAfter(event),
                "first_vote_on = least(first_vote_on, ?), "
                        + "first_adoption_on = CASE WHEN ? THEN least(first_adoption_on, ?) ELSE first_adoption_on END, "
                        + ROUTE_STARTED,
                sqlDate(event.sessionDate()), adopted, sqlDate(event.sessionDate()));
    }

    @EventHandler
    void on(DeliberationBecameExecutory event, @SequenceNumber long sequence) {
        claimAndSetCommune(event.conventionId(), event.communeInseeCode(), sequence, stageAfter(event),
                "first_executory_on = least(first_executory_on, ?)", sqlDate(event.executoryOn()));
        readyIfNothingBlocks(event.conventionId(), sequence, event.executoryOn());
    }

    @EventHandler
    void on(CommuneWithdrawn event, @SequenceNumber long sequence) {
        claimAndSetCommune(event.conventionId(), event.communeInseeCode(), sequence, stageAfter(event),
                ROUTE_STARTED);
        readyIfNothingBlocks(event.conventionId(), sequence, event.withdrawnOn());
    }

    @EventHandler
    void on(ConventionSigned event, @SequenceNumber long sequence) throws JsonProcessingException {
        long position = sequence;
        writes.update("UPDATE convention_overview SET last_sequence = ?, stage = ?, signed_on = ?,"
                        + " signatories = ?::jsonb WHERE convention_id = ? AND last_sequence < ?",
                position, ConventionStage.SIGNED.name(), sqlDate(event.signedOn()),
                JSON.writeValueAsString(event.signatories()), event.conventionId(), position);
    }

    /** The first presentation, vote or withdrawal moves a defining convention onto its route. */
    private static final String ROUTE_STARTED = "stage = CASE WHEN stage = '" + ConventionStage.DEFINING.name()
            + "' THEN '" + ConventionStage.ROUTE_IN_PROGRESS.name() + "' ELSE stage END";

    /**
     * One statement: claims the convention row (raises its {@code last_sequence}), applies {@code conventionChanges}
     * to it and sets the commune's stage, all only if the claim succeeded, so that an event applied before changes
     * nothing. Being one statement, it can wait in the batch with the others.
     */
    private void claimAndSetCommune(String conventionId, String inseeCode, @SequenceNumber long sequence,
                                    CommuneStage stage, String conventionChanges, Object... changeValues) {
        long position = sequence;
        List<Object> arguments = new ArrayList<>();
        arguments.add(position);
        arguments.addAll(List.of(changeValues));
        arguments.addAll(List.of(conventionId, position, stage.name(), inseeCode));
        writes.update("WITH claimed AS (UPDATE convention_overview SET last_sequence = ?, " + conventionChanges
                        + " WHERE convention_id = ? AND last_sequence < ? RETURNING convention_id)"
                        + " UPDATE convention_overview_commune SET stage = ?"
                        + " WHERE convention_id = (SELECT convention_id FROM claimed) AND insee_code = ?",
                arguments.toArray());
    }

    /**
     * Ready to sign once some commune remains and every remaining one is executory; dated by the event that did it.
     * It runs after the claim's statement has set the commune's stage, and only while this event is the last one the
     * row took: for an event already applied that is a no-op, since nothing changed since it last ran. Which stages
     * remain and which block come from {@link CommuneStage}, as the aggregate's signature rule reads them.
     */
    private void readyIfNothingBlocks(String conventionId, @SequenceNumber long sequence, LocalDate on) {
        long position = sequence;
        writes.update(READY_IF_NOTHING_BLOCKS,
                ConventionStage.READY_TO_SIGN.name(), sqlDate(on), conventionId, position,
                ConventionStage.DEFINING.name(), ConventionStage.ROUTE_IN_PROGRESS.name(), conventionId, conventionId);
    }

    private static final String READY_IF_NOTHING_BLOCKS = """
            UPDATE convention_overview SET stage = ?, ready_to_sign_on = ?
            WHERE convention_id = ? AND last_sequence = ? AND stage IN (?, ?)
              AND EXISTS (SELECT 1 FROM convention_overview_commune c
                          WHERE c.convention_id = ? AND c.stage IN (%s))
              AND NOT EXISTS (SELECT 1 FROM convention_overview_commune c
                              WHERE c.convention_id = ? AND c.stage IN (%s))"""
            .formatted(sqlList(CommuneStage::inConvention), sqlList(CommuneStage::blocksSignature));

    /** The stages that {@code which} holds, as SQL literals: enum names, so nothing to escape. */
    private static String sqlList(Predicate<CommuneStage> which) {
        return Arrays.stream(CommuneStage.values()).filter(which).map(stage -> "'" + stage.name() + "'")
                .collect(Collectors.joining(", "));
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
