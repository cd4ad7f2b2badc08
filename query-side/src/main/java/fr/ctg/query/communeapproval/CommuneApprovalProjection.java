package fr.ctg.query.communeapproval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Epci;
import fr.ctg.convention.PartyKind;
import fr.ctg.convention.Perimeter;
import fr.ctg.platform.eventstore.EventJson;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.processing.ReadModel;
import fr.ctg.query.support.GuardedWrites;
import fr.ctg.query.support.SqlStatement;
import fr.ctg.route.CommuneRouteEvent;
import fr.ctg.route.CommuneRouteState;
import fr.ctg.route.Attendance;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.CouncilVoteCorrected;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationAnnulled;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationEnding;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.DeliberationReferredToCourt;
import fr.ctg.route.DeliberationRetracted;
import fr.ctg.route.PrefectLetterAnswered;
import fr.ctg.route.PrefectLetterReceived;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.QuorumNotReached;
import fr.ctg.route.VoteCount;
import fr.ctg.route.query.CommuneApprovalPage;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.CouncilList;
import fr.ctg.route.query.FindCommuneApprovals;
import fr.ctg.route.query.FindCouncilsOfConventions;
import fr.ctg.route.query.FindEpciApproval;
import fr.ctg.route.query.LegalityEvent;
import fr.ctg.route.query.LegalityEventKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.util.List;

import static fr.ctg.query.support.Columns.sqlDate;

/**
 * Where each commune stands on the route: the stage is the one {@link CommuneRouteState} gives, set from the event
 * alone ({@link CommuneRouteState#stageAfter}) so that no row is read before it is written. Each update applies only
 * if the event is newer than the row's {@code last_sequence} ({@link GuardedWrites}), so an event delivered again
 * changes nothing. The EPCI's council has a row of its own (kind EPCI), keyed like its route events by its SIREN.
 * The other facts follow the fold: an annulment or a retraction clears those of the deliberation it ends.
 */
@Component
@ProcessingGroup(ProcessorNames.COMMUNE_APPROVAL)
class CommuneApprovalProjection implements ReadModel {

    /** Built once: building a mapper costs more than the write it serves. */
    private static final ObjectMapper JSON = EventJson.mapper();

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

    private static final String INSERT_COUNCIL = """
            INSERT INTO commune_approval (convention_id, insee_code, ordinal, perimeter_code, commune_name,
                                          population, stage, kind, departement, siren, last_sequence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";

    @EventHandler
    void on(ConventionDefined event, @SequenceNumber long sequence) {
        int ordinal = 0;
        for (Perimeter perimeter : event.perimeters()) {
            for (Commune commune : perimeter.communes()) {
                writes.insert(INSERT_COUNCIL, event.conventionId(), commune.inseeCode(), ordinal++, perimeter.code(),
                        commune.name(), commune.population(), CommuneRouteState.START.stage().name(),
                        PartyKind.COMMUNE.name(), commune.departement(), commune.siren(), sequence);
            }
        }
        Epci epci = event.parties() == null ? null : event.parties().epci();
        if (epci != null) {
            writes.insert(INSERT_COUNCIL, event.conventionId(), epci.siren(), ordinal, null, epci.name(),
                    epci.population(), CommuneRouteState.START.stage().name(), PartyKind.EPCI.name(),
                    epci.departement(), epci.siren(), sequence);
        }
    }

    private static final SqlStatement PRESENTED = SqlStatement.of("""
            UPDATE commune_approval
            SET stage = :stage, presented_on = :sessionDate, quorum_lacking_on = NULL, last_sequence = :sequence
            WHERE convention_id = :conventionId AND insee_code = :inseeCode AND last_sequence < :sequence""");

    @EventHandler
    void on(PresentedToMunicipalCouncil event, @SequenceNumber long sequence) {
        writes.updateIfNewer(PRESENTED, sequence, commune(event)
                .addValue("stage", stageAfter(event))
                .addValue("sessionDate", sqlDate(event.sessionDate())));
    }

    private static final SqlStatement QUORUM_LACKING = SqlStatement.of("""
            UPDATE commune_approval
            SET quorum_lacking_on = :meetingDate, last_sequence = :sequence
            WHERE convention_id = :conventionId AND insee_code = :inseeCode AND last_sequence < :sequence""");

    @EventHandler
    void on(QuorumNotReached event, @SequenceNumber long sequence) {
        writes.updateIfNewer(QUORUM_LACKING, sequence, commune(event)
                .addValue("meetingDate", sqlDate(event.meetingDate())));
    }

    private static final SqlStatement VOTED = SqlStatement.of("""
            UPDATE commune_approval
            SET stage = :stage, voted_on = :sessionDate, votes_held = votes_held + 1, outcome = :outcome,
                ballot = :ballot, votes_for = :votesFor, votes_against = :votesAgainst, abstentions = :abstentions,
                not_taking_part = :notTakingPart, deliberation_number = :deliberationNumber, actes_id = :actesId,
                members_in_office = :membersInOffice, present = :present, represented = :represented,
                quorum_lacking_on = :quorumLackingOn, last_sequence = :sequence
            WHERE convention_id = :conventionId AND insee_code = :inseeCode AND last_sequence < :sequence""");

    @EventHandler
    void on(CouncilVoteRecorded event, @SequenceNumber long sequence) {
        writes.updateIfNewer(VOTED, sequence, attendance(votes(commune(event), event.votes()), event.attendance())
                .addValue("stage", stageAfter(event))
                .addValue("quorumLackingOn", sqlDate(event.quorumLackingOn()))
                .addValue("sessionDate", sqlDate(event.sessionDate()))
                .addValue("outcome", event.outcome().name())
                .addValue("ballot", event.ballot() == null ? null : event.ballot().name())
                .addValue("deliberationNumber", event.deliberationNumber())
                .addValue("actesId", event.actesId()));
    }

    /**
     * The corrected figures replace the recorded ones; the count of votes held does not change. A correction without
     * attendance (revision 1) keeps the vote's.
     */
    private static final SqlStatement VOTE_CORRECTED = SqlStatement.of("""
            UPDATE commune_approval
            SET ballot = :ballot, votes_for = :votesFor, votes_against = :votesAgainst, abstentions = :abstentions,
                not_taking_part = :notTakingPart,
                members_in_office = coalesce(CAST(:membersInOffice AS INTEGER), members_in_office),
                present = coalesce(CAST(:present AS INTEGER), present),
                represented = coalesce(CAST(:represented AS INTEGER), represented), last_sequence = :sequence
            WHERE convention_id = :conventionId AND insee_code = :inseeCode AND last_sequence < :sequence""");

    @EventHandler
    void on(CouncilVoteCorrected event, @SequenceNumber long sequence) {
        writes.updateIfNewer(VOTE_CORRECTED, sequence,
                attendance(votes(commune(event), event.votes()), event.attendance())
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
            SET published_on = :publishedOn, publication_mode = :mode, publication_url = :url,
                last_sequence = :sequence
            WHERE convention_id = :conventionId AND insee_code = :inseeCode AND last_sequence < :sequence""");

    @EventHandler
    void on(DeliberationPublished event, @SequenceNumber long sequence) {
        writes.updateIfNewer(PUBLISHED, sequence, commune(event)
                .addValue("publishedOn", sqlDate(event.publishedOn()))
                .addValue("mode", event.mode() == null ? null : event.mode().name())
                .addValue("url", event.url()));
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

    /** A legality event's guarded update: {@code set}, and the event appended to the council's legality events. */
    private static SqlStatement legalityUpdate(String set) {
        return SqlStatement.of("""
                UPDATE commune_approval
                SET %s, legality_events = legality_events || CAST(:legalityEvent AS jsonb), last_sequence = :sequence
                WHERE convention_id = :conventionId AND insee_code = :inseeCode AND last_sequence < :sequence"""
                .formatted(set));
    }

    /** A letter suspends the control window; it replaces the previous letter as the one awaiting an answer. */
    private static final SqlStatement LETTER_RECEIVED = legalityUpdate(
            "letter_kind = :letterKind, letter_received_on = :on, letter_answered_on = NULL");

    @EventHandler
    void on(PrefectLetterReceived event, @SequenceNumber long sequence) {
        writes.updateIfNewer(LETTER_RECEIVED, sequence, legality(event, new LegalityEvent(
                LegalityEventKind.PREFECT_LETTER, event.receivedOn(), event.kind(), event.object(), null, null, null,
                null))
                .addValue("letterKind", event.kind().name()));
    }

    private static final SqlStatement LETTER_ANSWERED = legalityUpdate("letter_answered_on = :on");

    @EventHandler
    void on(PrefectLetterAnswered event, @SequenceNumber long sequence) {
        writes.updateIfNewer(LETTER_ANSWERED, sequence, legality(event, new LegalityEvent(
                LegalityEventKind.LETTER_ANSWERED, event.answeredOn(), null, null, event.summary(), null, null,
                null)));
    }

    private static final SqlStatement REFERRED = legalityUpdate("referred_on = :on");

    @EventHandler
    void on(DeliberationReferredToCourt event, @SequenceNumber long sequence) {
        writes.updateIfNewer(REFERRED, sequence, legality(event, new LegalityEvent(
                LegalityEventKind.REFERRED_TO_COURT, event.referredOn(), null, null, null, event.court(), null,
                null)));
    }

    /**
     * The deliberation is gone: its facts are cleared as {@link CommuneRouteState} clears them (the day of the vote
     * and the count of votes held stay), the ending is kept, and the event joins the legality events.
     */
    private static final SqlStatement ENDED = legalityUpdate("""
            stage = :stage, ending = :ending, ended_on = :on, presented_on = NULL, quorum_lacking_on = NULL,
            outcome = NULL, ballot = NULL, votes_for = NULL, votes_against = NULL, abstentions = NULL,
            not_taking_part = NULL, members_in_office = NULL, present = NULL, represented = NULL,
            deliberation_number = NULL, actes_id = NULL, transmission_sent_on = NULL,
            transmission_received_on = NULL, published_on = NULL, publication_mode = NULL, publication_url = NULL,
            executory_on = NULL, letter_kind = NULL, letter_received_on = NULL, letter_answered_on = NULL,
            referred_on = NULL""");

    @EventHandler
    void on(DeliberationAnnulled event, @SequenceNumber long sequence) {
        writes.updateIfNewer(ENDED, sequence, legality(event, new LegalityEvent(LegalityEventKind.ANNULLED,
                event.annulledOn(), null, null, null, event.court(), event.decisionReference(), null))
                .addValue("stage", stageAfter(event))
                .addValue("ending", DeliberationEnding.ANNULLED.name()));
    }

    @EventHandler
    void on(DeliberationRetracted event, @SequenceNumber long sequence) {
        writes.updateIfNewer(ENDED, sequence, legality(event, new LegalityEvent(LegalityEventKind.RETRACTED,
                event.retractedOn(), null, null, null, null, null, event.reason()))
                .addValue("stage", stageAfter(event))
                .addValue("ending", DeliberationEnding.RETRACTED.name()));
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

    /** The row's values for a legality event: its day, and the event as a one-element JSON array to append. */
    private static MapSqlParameterSource legality(CommuneRouteEvent event, LegalityEvent legalityEvent) {
        try {
            return commune(event)
                    .addValue("on", sqlDate(legalityEvent.on()))
                    .addValue("legalityEvent", JSON.writeValueAsString(List.of(legalityEvent)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A vote recorded before its attendance was (revision 1) has none: the columns stay null. */
    private static MapSqlParameterSource attendance(MapSqlParameterSource values, Attendance attendance) {
        return values.addValue("membersInOffice", attendance == null ? null : attendance.membersInOffice())
                .addValue("present", attendance == null ? null : attendance.present())
                .addValue("represented", attendance == null ? null : attendance.represented());
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

    @QueryHandler
    CommuneApprovalView handle(FindEpciApproval query) {
        return new CommuneApprovalQueries(jdbc).epci(query.conventionId());
    }

    @QueryHandler
    CouncilList handle(FindCouncilsOfConventions query) {
        return new CommuneApprovalQueries(jdbc).councils(query);
    }
}
