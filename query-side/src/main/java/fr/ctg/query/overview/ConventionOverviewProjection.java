package fr.ctg.query.overview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.convention.CafBoardDecisionRecorded;
import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Epci;
import fr.ctg.convention.OtherParty;
import fr.ctg.convention.Parties;
import fr.ctg.convention.PartyKind;
import fr.ctg.convention.PartySiretRecorded;
import fr.ctg.convention.Perimeter;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.ConventionStage;
import fr.ctg.convention.query.ConventionSummaryList;
import fr.ctg.convention.query.ConventionSummaryPage;
import fr.ctg.convention.query.FindConventionSummaries;
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
import fr.ctg.route.DeliberationAnnulled;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationEnding;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.DeliberationRetracted;
import fr.ctg.route.GivenSignature;
import fr.ctg.route.PartySigned;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.Signatory;
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
 * The convention as a whole: its stage, the milestones of its route, the totals over its communes, and its parties
 * (the CAF, the EPCI, the communes, the others) with their route facts and signatures. Every event
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
        return List.of("convention_overview", "convention_overview_party");
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
        Parties parties = event.parties() == null ? Parties.NONE : event.parties();
        String start = CommuneRouteState.START.stage().name();
        int ordinal = 0;
        insertParty(event, ordinal++, Parties.CAF_ID, PartyKind.CAF, event.caf() == null ? "CAF" : event.caf(),
                null, null, null);
        Epci epci = parties.epci();
        if (epci != null) {
            insertParty(event, ordinal++, epci.siren(), PartyKind.EPCI, epci.name(), null, epci.population(), start);
        }
        for (Perimeter perimeter : event.perimeters()) {
            for (Commune commune : perimeter.communes()) {
                insertParty(event, ordinal++, commune.inseeCode(), PartyKind.COMMUNE, commune.name(),
                        perimeter.code(), commune.population(), start);
            }
        }
        for (OtherParty other : parties.others()) {
            insertParty(event, ordinal++, other.partyId(), other.kind(), other.name(), null, null, null);
        }
    }

    /** @param stage the council's stage, for a party with a route; null for the others */
    private void insertParty(ConventionDefined event, int ordinal, String partyId, PartyKind kind, String name,
                             String perimeterCode, Integer population, String stage) {
        String siret = event.parties() == null ? null : event.parties().sirets().get(partyId);
        writes.insert("""
                        INSERT INTO convention_overview_party (convention_id, party_id, ordinal, kind, name, siret,
                                                               perimeter_code, population, stage)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.conventionId(), partyId, ordinal, kind.name(), name, siret, perimeterCode, population, stage);
    }

    /**
     * A statement that claims the convention row (applying {@code conventionSet} to it) and, only if the claim
     * succeeded, applies {@code partySet} to the row of the party the event names ({@code :partyId}); the party's
     * statement may read {@code claimed.signed_on}.
     */
    private static SqlStatement claimThenParty(String conventionSet, String partySet) {
        return SqlStatement.of("""
                WITH claimed AS (
                    UPDATE convention_overview
                    SET %s last_sequence = :sequence
                    WHERE convention_id = :conventionId AND last_sequence < :sequence
                    RETURNING convention_id, signed_on)
                UPDATE convention_overview_party p
                SET %s
                WHERE p.convention_id = (SELECT convention_id FROM claimed) AND p.party_id = :partyId"""
                .formatted(conventionSet, partySet));
    }

    /*
     * Each event's statement claims the convention row (raises its last_sequence, only if the event is newer),
     * applies the event's changes to it and, only if the claim succeeded, changes the party's row: one statement, so
     * that an event applied before changes nothing and the statement can wait in the batch with the others. The
     * first presentation, vote or withdrawal moves a DEFINING convention onto its route (ConventionStage names). A
     * route event's party is the council it names: a commune (its INSEE code) or the EPCI (its SIREN).
     */
    private static final SqlStatement CLAIM_PRESENTED = claimThenParty("""
            first_presentation_on = least(first_presentation_on, :sessionDate),
            stage = CASE WHEN stage = 'DEFINING' THEN 'ROUTE_IN_PROGRESS' ELSE stage END,""",
            "stage = :communeStage");

    @EventHandler
    void on(PresentedToMunicipalCouncil event, @SequenceNumber long sequence) {
        writes.updateIfNewer(CLAIM_PRESENTED, sequence, council(event)
                .addValue("sessionDate", sqlDate(event.sessionDate())));
    }

    private static final SqlStatement CLAIM_VOTED = claimThenParty("""
            first_vote_on = least(first_vote_on, :sessionDate),
            first_adoption_on = CASE WHEN :adopted THEN least(first_adoption_on, :sessionDate) ELSE first_adoption_on END,
            stage = CASE WHEN stage = 'DEFINING' THEN 'ROUTE_IN_PROGRESS' ELSE stage END,""",
            "stage = :communeStage");

    @EventHandler
    void on(CouncilVoteRecorded event, @SequenceNumber long sequence) {
        writes.updateIfNewer(CLAIM_VOTED, sequence, council(event)
                .addValue("sessionDate", sqlDate(event.sessionDate()))
                .addValue("adopted", event.outcome() == VoteOutcome.ADOPTED));
    }

    /** The receipt and the publication are what a council lacks before signing besides its vote. */
    private static final SqlStatement CLAIM_TRANSMITTED = claimThenParty("",
            "transmitted = true");

    @EventHandler
    void on(PrefectureTransmissionRecorded event, @SequenceNumber long sequence) {
        writes.updateIfNewer(CLAIM_TRANSMITTED, sequence, council(event));
    }

    private static final SqlStatement CLAIM_PUBLISHED = claimThenParty("",
            "published = true");

    @EventHandler
    void on(DeliberationPublished event, @SequenceNumber long sequence) {
        writes.updateIfNewer(CLAIM_PUBLISHED, sequence, council(event));
    }

    private static final SqlStatement CLAIM_EXECUTORY = claimThenParty("first_executory_on = least(first_executory_on, :executoryOn),",
            "stage = :communeStage");

    @EventHandler
    void on(DeliberationBecameExecutory event, @SequenceNumber long sequence) {
        writes.updateIfNewer(CLAIM_EXECUTORY, sequence, council(event)
                .addValue("executoryOn", sqlDate(event.executoryOn())));
        readyIfNoCommuneBlocks(event.conventionId(), sequence, event.executoryOn());
    }

    private static final SqlStatement CLAIM_WITHDRAWN = claimThenParty("stage = CASE WHEN stage = 'DEFINING' THEN 'ROUTE_IN_PROGRESS' ELSE stage END,",
            "stage = :communeStage");

    @EventHandler
    void on(CommuneWithdrawn event, @SequenceNumber long sequence) {
        writes.updateIfNewer(CLAIM_WITHDRAWN, sequence, council(event));
        readyIfNoCommuneBlocks(event.conventionId(), sequence, event.withdrawnOn());
    }

    /**
     * The council's deliberation is gone: it needs a new one (the fold clears its receipt and publication), so a
     * convention ready to sign is back on its route when the council is a commune's (readiness counts communes). The
     * party's row remembers whether a signature (a party's, or the convention's) had been given before: the signature
     * stays, and the overview names the party.
     */
    private static final SqlStatement CLAIM_ENDED = claimThenParty("""
            stage = CASE WHEN stage = 'READY_TO_SIGN' AND %1$s THEN 'ROUTE_IN_PROGRESS' ELSE stage END,
            ready_to_sign_on = CASE WHEN stage = 'READY_TO_SIGN' AND %1$s THEN NULL ELSE ready_to_sign_on END,"""
            .formatted("""
                    EXISTS (SELECT 1 FROM convention_overview_party k WHERE k.convention_id = :conventionId
                            AND k.party_id = :partyId AND k.kind = 'COMMUNE')"""),
            """
            stage = :communeStage, transmitted = false, published = false, ending = :ending, ended_on = :endedOn,
            ended_after_signature = p.ended_after_signature
                OR (SELECT signed_on FROM claimed) IS NOT NULL
                OR EXISTS (SELECT 1 FROM convention_overview_party s
                           WHERE s.convention_id = :conventionId AND s.signed_on IS NOT NULL)""");

    @EventHandler
    void on(DeliberationAnnulled event, @SequenceNumber long sequence) {
        writes.updateIfNewer(CLAIM_ENDED, sequence, council(event)
                .addValue("ending", DeliberationEnding.ANNULLED.name())
                .addValue("endedOn", sqlDate(event.annulledOn())));
    }

    @EventHandler
    void on(DeliberationRetracted event, @SequenceNumber long sequence) {
        writes.updateIfNewer(CLAIM_ENDED, sequence, council(event)
                .addValue("ending", DeliberationEnding.RETRACTED.name())
                .addValue("endedOn", sqlDate(event.retractedOn())));
    }

    private static final SqlStatement CLAIM_BOARD_DECISION = SqlStatement.of("""
            UPDATE convention_overview
            SET caf_board_decided_on = :decidedOn, caf_board_reference = :reference, last_sequence = :sequence
            WHERE convention_id = :conventionId AND last_sequence < :sequence""");

    @EventHandler
    void on(CafBoardDecisionRecorded event, @SequenceNumber long sequence) {
        writes.updateIfNewer(CLAIM_BOARD_DECISION, sequence, convention(event.conventionId())
                .addValue("decidedOn", sqlDate(event.decidedOn()))
                .addValue("reference", event.reference()));
    }

    private static final SqlStatement CLAIM_SIRET = claimThenParty("",
            "siret = :siret");

    @EventHandler
    void on(PartySiretRecorded event, @SequenceNumber long sequence) {
        writes.updateIfNewer(CLAIM_SIRET, sequence, convention(event.conventionId())
                .addValue("partyId", event.partyId())
                .addValue("siret", event.siret()));
    }

    private static final SqlStatement CLAIM_PARTY_SIGNED = claimThenParty("",
            "signed_on = :signedOn, signatory_name = :name, signatory_role = :role");

    @EventHandler
    void on(PartySigned event, @SequenceNumber long sequence) {
        writes.updateIfNewer(CLAIM_PARTY_SIGNED, sequence, convention(event.conventionId())
                .addValue("partyId", event.partyId())
                .addValue("signedOn", sqlDate(event.signedOn()))
                .addValue("name", event.signatory() == null ? null : event.signatory().name())
                .addValue("role", event.signatory() == null ? null : event.signatory().role()));
    }

    private static final SqlStatement SIGNED = SqlStatement.of("""
            UPDATE convention_overview
            SET stage = 'SIGNED', signed_on = :signedOn, signatories = CAST(:signatories AS jsonb),
                last_sequence = :sequence
            WHERE convention_id = :conventionId AND last_sequence < :sequence""");

    /*
     * The signatures the signed convention lists, for the parties whose own PartySigned did not say it already.
     * Guarded by the convention row: they run only while this event is the last one the row took, and, keeping
     * what is there, change nothing when they run again.
     */
    private static final SqlStatement PARTY_IN_SIGNED_CONVENTION = SqlStatement.of("""
            UPDATE convention_overview_party
            SET signed_on = coalesce(signed_on, :signedOn), signatory_name = coalesce(signatory_name, :name),
                signatory_role = coalesce(signatory_role, :role)
            WHERE convention_id = :conventionId AND party_id = :partyId
              AND EXISTS (SELECT 1 FROM convention_overview o
                          WHERE o.convention_id = :conventionId AND o.last_sequence = :sequence)""");

    /** A convention signed before parties were recorded: every party still in it counts as signed that day. */
    private static final SqlStatement EVERY_PARTY_SIGNED = SqlStatement.of("""
            UPDATE convention_overview_party
            SET signed_on = coalesce(signed_on, :signedOn)
            WHERE convention_id = :conventionId AND (stage IS NULL OR stage IN (%s))
              AND EXISTS (SELECT 1 FROM convention_overview o
                          WHERE o.convention_id = :conventionId AND o.last_sequence = :sequence)"""
            .formatted(sqlList(CommuneStage::inConvention)));

    @EventHandler
    void on(ConventionSigned event, @SequenceNumber long sequence) throws JsonProcessingException {
        writes.updateIfNewer(SIGNED, sequence, convention(event.conventionId())
                .addValue("signedOn", sqlDate(event.signedOn()))
                .addValue("signatories", JSON.writeValueAsString(event.signatures().stream()
                        .map(s -> new Signatory(s.name(), s.role(), s.partyName())).toList())));
        for (GivenSignature signature : event.signatures()) {
            MapSqlParameterSource values = convention(event.conventionId())
                    .addValue("sequence", sequence)
                    .addValue("signedOn", sqlDate(signature.signedOn() == null ? event.signedOn()
                            : signature.signedOn()));
            if (signature.partyId() == null) {
                writes.update(EVERY_PARTY_SIGNED, values);
            } else {
                writes.update(PARTY_IN_SIGNED_CONVENTION, values.addValue("partyId", signature.partyId())
                        .addValue("name", signature.name())
                        .addValue("role", signature.role()));
            }
        }
    }

    /**
     * Ready to sign once some commune remains and every remaining one is executory, as before parties were recorded
     * (what the other parties lack shows among the overview's signature blockers); dated by the event that did it.
     * It runs after the claim's statement has set the commune's stage, and only while this event is the last one the
     * row took: for an event already applied that is a no-op, since nothing changed since it last ran. Which stages
     * remain and which block come from {@link CommuneStage}, as the aggregate's signature rule reads them.
     */
    private static final SqlStatement READY_IF_NO_COMMUNE_BLOCKS = SqlStatement.of("""
            UPDATE convention_overview SET stage = 'READY_TO_SIGN', ready_to_sign_on = :on
            WHERE convention_id = :conventionId AND last_sequence = :sequence
              AND stage IN ('DEFINING', 'ROUTE_IN_PROGRESS')
              AND EXISTS (SELECT 1 FROM convention_overview_party c
                          WHERE c.convention_id = :conventionId AND c.kind = 'COMMUNE' AND c.stage IN (%s))
              AND NOT EXISTS (SELECT 1 FROM convention_overview_party c
                              WHERE c.convention_id = :conventionId AND c.kind = 'COMMUNE' AND c.stage IN (%s))"""
            .formatted(sqlList(CommuneStage::inConvention), sqlList(CommuneStage::blocksSignature)));

    private void readyIfNoCommuneBlocks(String conventionId, long sequence, LocalDate on) {
        writes.update(READY_IF_NO_COMMUNE_BLOCKS, convention(conventionId)
                .addValue("sequence", sequence)
                .addValue("on", sqlDate(on)));
    }

    /** The stages that {@code which} holds, as SQL literals: enum names, so nothing to escape. */
    private static String sqlList(Predicate<CommuneStage> which) {
        return Arrays.stream(CommuneStage.values()).filter(which).map(stage -> "'" + stage.name() + "'")
                .collect(Collectors.joining(", "));
    }

    private static MapSqlParameterSource convention(String conventionId) {
        return new MapSqlParameterSource("conventionId", conventionId);
    }

    /** The convention and council (party) an event of the route claims, and the council's stage after it. */
    private static MapSqlParameterSource council(CommuneRouteEvent event) {
        return convention(event.conventionId())
                .addValue("partyId", event.communeInseeCode())
                .addValue("communeStage", CommuneRouteState.stageAfter(event).map(Enum::name).orElse(null));
    }

    @QueryHandler
    ConventionOverviewView handle(FindConventionOverview query) {
        return new ConventionOverviewQueries(jdbc).overview(query.conventionId());
    }

    @QueryHandler
    ConventionSummaryPage handle(ListConventions query) {
        return new ConventionOverviewQueries(jdbc).list(query.page());
    }

    @QueryHandler
    ConventionSummaryList handle(FindConventionSummaries query) {
        return new ConventionOverviewQueries(jdbc).summaries(query.conventionIds());
    }
}
