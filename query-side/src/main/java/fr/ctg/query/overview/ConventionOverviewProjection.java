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
import java.util.List;

import static fr.ctg.query.support.Columns.sqlDate;

/**
 * The convention as a whole: its stage, the milestones of its route and the totals over its communes. Every event
 * first claims the convention row by raising its {@code last_sequence}; an event already applied claims nothing
 * and changes nothing.
 */
@Component
@ProcessingGroup(ProcessorNames.CONVENTION_OVERVIEW)
class ConventionOverviewProjection implements ReadModel {

    /** Built once: building a mapper costs more than the write it serves. */
    private static final ObjectMapper JSON = EventJson.mapper();

    private final JdbcTemplate jdbc;

    ConventionOverviewProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        int inserted = jdbc.update("""
                        INSERT INTO convention_overview (convention_id, name, caf, period_start, period_end, stage,
                                                         defined_at, last_sequence)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.conventionId(), event.name(), event.caf(), event.period().startYear(),
                event.period().endYear(), ConventionStage.DEFINING.name(),
                OffsetDateTime.ofInstant(definedAt, ZoneOffset.UTC), sequence);
        if (inserted == 0) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (Perimeter perimeter : event.perimeters()) {
            for (Commune commune : perimeter.communes()) {
                rows.add(new Object[]{event.conventionId(), commune.inseeCode(), perimeter.code(),
                        commune.population(), CommuneStage.NOT_PRESENTED.name()});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO convention_overview_commune (convention_id, insee_code, perimeter_code, population, stage)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", rows);
    }

    @EventHandler
    void on(PresentedToMunicipalCouncil event, @SequenceNumber long sequence) {
        if (claim(event.conventionId(), sequence)) {
            communeStage(event.conventionId(), event.communeInseeCode(), CommuneStage.PRESENTED);
            milestone(event.conventionId(), "first_presentation_on", event.sessionDate());
            routeStarted(event.conventionId());
        }
    }

    @EventHandler
    void on(CouncilVoteRecorded event, @SequenceNumber long sequence) {
        if (claim(event.conventionId(), sequence)) {
            boolean adopted = event.outcome() == VoteOutcome.ADOPTED;
            communeStage(event.conventionId(), event.communeInseeCode(),
                    adopted ? CommuneStage.ADOPTED : CommuneStage.REJECTED);
            milestone(event.conventionId(), "first_vote_on", event.sessionDate());
            if (adopted) {
                milestone(event.conventionId(), "first_adoption_on", event.sessionDate());
            }
            routeStarted(event.conventionId());
        }
    }

    @EventHandler
    void on(DeliberationBecameExecutory event, @SequenceNumber long sequence) {
        if (claim(event.conventionId(), sequence)) {
            communeStage(event.conventionId(), event.communeInseeCode(), CommuneStage.EXECUTORY);
            milestone(event.conventionId(), "first_executory_on", event.executoryOn());
            readyIfNothingBlocks(event.conventionId(), event.executoryOn());
        }
    }

    @EventHandler
    void on(CommuneWithdrawn event, @SequenceNumber long sequence) {
        if (claim(event.conventionId(), sequence)) {
            communeStage(event.conventionId(), event.communeInseeCode(), CommuneStage.WITHDRAWN);
            routeStarted(event.conventionId());
            readyIfNothingBlocks(event.conventionId(), event.withdrawnOn());
        }
    }

    @EventHandler
    void on(ConventionSigned event, @SequenceNumber long sequence) throws JsonProcessingException {
        if (claim(event.conventionId(), sequence)) {
            jdbc.update("UPDATE convention_overview SET stage = ?, signed_on = ?, signatories = ?::jsonb"
                            + " WHERE convention_id = ?",
                    ConventionStage.SIGNED.name(), sqlDate(event.signedOn()),
                    JSON.writeValueAsString(event.signatories()), event.conventionId());
        }
    }

    private boolean claim(String conventionId, @SequenceNumber long sequence) {
        long position = sequence;
        return jdbc.update("UPDATE convention_overview SET last_sequence = ?"
                + " WHERE convention_id = ? AND last_sequence < ?", position, conventionId, position) == 1;
    }

    private void communeStage(String conventionId, String inseeCode, CommuneStage stage) {
        jdbc.update("UPDATE convention_overview_commune SET stage = ? WHERE convention_id = ? AND insee_code = ?",
                stage.name(), conventionId, inseeCode);
    }

    /** The earliest date wins, whatever order the events were recorded in (PostgreSQL's least ignores nulls). */
    private void milestone(String conventionId, String column, LocalDate date) {
        jdbc.update("UPDATE convention_overview SET " + column + " = least(" + column + ", ?)"
                + " WHERE convention_id = ?", sqlDate(date), conventionId);
    }

    private void routeStarted(String conventionId) {
        jdbc.update("UPDATE convention_overview SET stage = ? WHERE convention_id = ? AND stage = ?",
                ConventionStage.ROUTE_IN_PROGRESS.name(), conventionId, ConventionStage.DEFINING.name());
    }

    /** Ready to sign once some commune remains and every remaining one is executory; dated by the event that did it. */
    private void readyIfNothingBlocks(String conventionId, LocalDate on) {
        jdbc.update("""
                        UPDATE convention_overview SET stage = ?, ready_to_sign_on = ?
                        WHERE convention_id = ? AND stage IN (?, ?)
                          AND EXISTS (SELECT 1 FROM convention_overview_commune c
                                      WHERE c.convention_id = ? AND c.stage <> 'WITHDRAWN')
                          AND NOT EXISTS (SELECT 1 FROM convention_overview_commune c
                                          WHERE c.convention_id = ? AND c.stage NOT IN ('EXECUTORY', 'WITHDRAWN'))""",
                ConventionStage.READY_TO_SIGN.name(), sqlDate(on), conventionId, ConventionStage.DEFINING.name(),
                ConventionStage.ROUTE_IN_PROGRESS.name(), conventionId, conventionId);
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
