package fr.ctg.query.support;

import fr.ctg.actionplan.indicator.IndicatorDefined;
import fr.ctg.actionplan.indicator.IndicatorDefinition;
import fr.ctg.actionplan.indicator.IndicatorDirection;
import fr.ctg.actionplan.indicator.IndicatorMeasureCorrected;
import fr.ctg.actionplan.indicator.IndicatorMeasureRecorded;
import fr.ctg.actionplan.indicator.IndicatorScope;
import fr.ctg.actionplan.indicator.IndicatorUnit;
import fr.ctg.actionplan.indicator.YearValue;
import fr.ctg.actionplan.ActionAdded;
import fr.ctg.actionplan.committee.Attendee;
import fr.ctg.actionplan.committee.CommitteeDecisionRecorded;
import fr.ctg.actionplan.committee.MeetingKind;
import fr.ctg.actionplan.committee.MeetingRecorded;
import fr.ctg.document.DocumentAttached;
import fr.ctg.document.DocumentRef;
import fr.ctg.document.DocumentRole;
import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.ActionStatusUpdated;
import fr.ctg.amendment.Amendment;
import fr.ctg.amendment.AmendmentState;
import fr.ctg.amendment.PlanChange;
import fr.ctg.amendment.PlanHistory;
import fr.ctg.amendment.PlanVersion;
import fr.ctg.convention.CafBoardDecisionRecorded;
import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Epci;
import fr.ctg.convention.OtherParty;
import fr.ctg.convention.Parties;
import fr.ctg.convention.PartyKind;
import fr.ctg.convention.PartySiretRecorded;
import fr.ctg.convention.Perimeter;
import fr.ctg.convention.Period;
import fr.ctg.convention.Stake;
import fr.ctg.convention.Theme;
import fr.ctg.route.Attendance;
import fr.ctg.route.BallotType;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.CouncilVoteCorrected;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationAnnulled;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.DeliberationReferredToCourt;
import fr.ctg.route.DeliberationRetracted;
import fr.ctg.route.GivenSignature;
import fr.ctg.route.PartySigned;
import fr.ctg.route.PrefectLetterAnswered;
import fr.ctg.route.PrefectLetterKind;
import fr.ctg.route.PrefectLetterReceived;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.PublicationMode;
import fr.ctg.route.QuorumNotReached;
import fr.ctg.route.Signatory;
import fr.ctg.route.VoteCount;
import fr.ctg.route.VoteOutcome;
import fr.ctg.route.query.CommuneStage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random histories that obey the command side's rules (present before voting, a meeting without quorum before a
 * vote that relies on it, vote again only after a rejection, an annulment or a retraction, transmission after
 * adoption, executory once transmitted and published, the prefect's letters and referral once received, an
 * annulment once referred, withdraw and sign only before signature, a party signs once it may and the last
 * signature signs the convention, done is final, postponed and abandoned give a reason, one measure per indicator,
 * year and scope, then corrections, committees that meet and decide in words; after the signature no action is
 * added but by an amendment, whose changes, route, signatures, withdrawal or refusal follow the amendments' rules, and
 * updates and measures go to the actions of the latest version), the EPCI's council on the same
 * route as a commune's, with several conventions interleaved as concurrent users would write them.
 */
public final class RandomHistory {

    private static final ActionStatus[] STATUSES = ActionStatus.values();

    private final Random random;
    private final List<ConventionState> conventions = new ArrayList<>();

    public RandomHistory(long seed) {
        this.random = new Random(seed);
    }

    /** At least {@code minimum} events over {@code conventionCount} conventions. */
    public List<Object> generate(int conventionCount, int minimum) {
        List<Object> events = new ArrayList<>();
        for (int c = 0; c < conventionCount; c++) {
            ConventionState convention = new ConventionState("ctg-r" + c);
            conventions.add(convention);
            events.add(convention.define());
        }
        while (events.size() < minimum) {
            events.addAll(conventions.get(random.nextInt(conventions.size())).next());
        }
        return events;
    }

    private final class ConventionState {
        private final String id;
        /** Every council's stage: the communes' (INSEE code) and the EPCI's (SIREN), as CommuneStage names. */
        private final Map<String, String> stage = new HashMap<>();
        private final Map<String, Boolean> transmitted = new HashMap<>();
        private final Map<String, Boolean> published = new HashMap<>();
        private final Map<String, LocalDate> quorumLackingOn = new HashMap<>();
        private final Map<String, String> legality = new HashMap<>();
        private final List<String> communes = new ArrayList<>();
        private final List<String> councils = new ArrayList<>();
        /** Every party's id and kind, in the order of the definition: the CAF, the EPCI, the communes, the others. */
        private final Map<String, PartyKind> parties = new LinkedHashMap<>();
        private final Set<String> signedParties = new HashSet<>();
        private final List<String> perimeters = new ArrayList<>();
        private final Map<String, ActionStatus> actions = new HashMap<>();
        private final List<String> actionIds = new ArrayList<>();
        private boolean boardDecided;
        /** Defined without parties, it is signed as before they were recorded: one event, no party ids. */
        private boolean signsAsBefore;
        private boolean signed;
        /** "actionId/indicatorId", and the current value of each measure by "actionId/indicatorId/year/scope". */
        private final List<String> indicators = new ArrayList<>();
        private final List<String> meetings = new ArrayList<>();
        private final Map<String, BigDecimal> measures = new HashMap<>();
        private LocalDate day = LocalDate.of(2023, 1, 2);
        /** The plan's versions and amendments, folded as the aggregate folds them. */
        private final AmendmentSteps amendments;

        ConventionState(String id) {
            this.id = id;
            this.amendments = new AmendmentSteps(id);
        }

        ConventionDefined define() {
            parties.put(Parties.CAF_ID, PartyKind.CAF);
            Epci epci = null;
            if (random.nextBoolean()) {
                epci = new Epci("2442007" + String.format("%02d", conventions.size()), "EPCI " + id, "42",
                        50_000 + random.nextInt(400_000));
                parties.put(epci.siren(), PartyKind.EPCI);
                councils.add(epci.siren());
                stage.put(epci.siren(), "NOT_PRESENTED");
            }
            List<Perimeter> defined = new ArrayList<>();
            int perimeterCount = 2 + random.nextInt(3);
            for (int p = 1; p <= perimeterCount; p++) {
                List<Commune> members = new ArrayList<>();
                int size = 2 + random.nextInt(6);
                for (int m = 0; m < size; m++) {
                    String insee = String.format("%02d%03d", 10 + p, communes.size());
                    communes.add(insee);
                    councils.add(insee);
                    parties.put(insee, PartyKind.COMMUNE);
                    stage.put(insee, "NOT_PRESENTED");
                    members.add(new Commune(insee, "Commune " + insee, "42", "000000000",
                            100 + random.nextInt(20000)));
                }
                perimeters.add("P" + p);
                defined.add(new Perimeter("P" + p, "Périmètre " + p, members));
            }
            List<OtherParty> others = new ArrayList<>();
            if (random.nextBoolean()) {
                others.add(new OtherParty("departement-42", PartyKind.DEPARTEMENT, "Département de la Loire"));
                parties.put("departement-42", PartyKind.DEPARTEMENT);
            }
            signsAsBefore = epci == null && others.isEmpty() && random.nextBoolean();
            List<ActionSheet> sheets = new ArrayList<>();
            for (int a = random.nextInt(12); a > 0; a--) {
                sheets.add(sheet());
            }
            return amendments.saw(new ConventionDefined(id, "CTG " + id, "Caf", new Period(2023, 2027), defined,
                    List.of(new Theme("PE", "Petite enfance"), new Theme("EJ", "Jeunesse")),
                    List.of(new Stake("PE-1", "PE", "s"), new Stake("EJ-1", "EJ", "s")), sheets,
                    new Parties(epci, others, random.nextBoolean() ? Map.of(Parties.CAF_ID, "53481405100016")
                            : Map.of())));
        }

        private ActionSheet sheet() {
            String actionId = "act-" + actionIds.size();
            actionIds.add(actionId);
            actions.put(actionId, ActionStatus.PLANNED);
            int start = 2023 + random.nextInt(5);
            int end = Math.min(2027, start + random.nextInt(2));
            List<String> scopePerimeters = random.nextBoolean() ? List.of(pick(perimeters)) : List.of();
            List<String> scopeCommunes = scopePerimeters.isEmpty() || random.nextBoolean()
                    ? List.of(pick(communes)) : List.of();
            String theme = random.nextBoolean() ? "PE" : "EJ";
            return new ActionSheet(actionId, "Action " + actionId, null, theme, theme + "-1",
                    ActionLevel.values()[random.nextInt(3)], new Period(start, end),
                    new ActionScope(scopePerimeters, scopeCommunes));
        }

        List<Object> next() {
            day = day.plusDays(random.nextInt(3));
            if (day.getYear() > 2027) {
                day = LocalDate.of(2027, 12, 31);
            }
            int dice = random.nextInt(100);
            if (dice < 40 && !signed) {
                return routeStep(pick(councils));
            }
            if (dice < 42 && !signed) {
                return withdraw(pick(communes));
            }
            if (dice < 46) {
                return legalityStep(pick(councils));
            }
            if (dice < 48 && !boardDecided) {
                boardDecided = true;
                return List.of(new CafBoardDecisionRecorded(id, day, "CA-" + random.nextInt(99)));
            }
            if (dice < 49) {
                return List.of(new PartySiretRecorded(id, pick(List.copyOf(parties.keySet())),
                        "5348140510" + String.format("%04d", random.nextInt(10_000))));
            }
            if (dice < 55 && !signed) {
                return sign();
            }
            if (signed && (dice < 62 || inForce().isEmpty())) {
                return amendmentStep();
            }
            if (dice < 60 || inForce().isEmpty()) {
                return List.of(amendments.saw(new ActionAdded(id, sheet())));
            }
            if (dice < 72) {
                return indicatorStep();
            }
            if (dice < 75) {
                return meetingStep();
            }
            return statusUpdate(pick(inForce()));
        }

        /** The actions of the latest version of the plan (version 1 as shaped before the signature). */
        private List<String> inForce() {
            return amendments.history().latest().plan().actions().stream().map(ActionSheet::actionId).toList();
        }

        /**
         * One step of the pending amendment, or a new one: a draft takes changes (add, reword, change, merge, split,
         * drop, extend the period), is submitted or withdrawn; a submitted one goes along its councils' route, is
         * signed by a party that may sign it (the last signature brings its version into force), or is refused.
         */
        private List<Object> amendmentStep() {
            PlanHistory history = amendments.history();
            var pending = history.pending();
            if (pending.isEmpty()) {
                return List.of(amendments.open("Avenant " + (history.amendments().size() + 1), day));
            }
            Amendment amendment = pending.get();
            int n = amendment.number();
            int dice = random.nextInt(20);
            if (amendment.state() == AmendmentState.DRAFT) {
                if (dice == 0) {
                    return List.of(amendments.close(n, AmendmentState.WITHDRAWN, day));
                }
                if (dice < 5 && !amendment.changes().isEmpty()) {
                    return List.of(amendments.submit(n, day));
                }
                return change(n, history.planOf(amendment));
            }
            if (dice == 0) {
                return List.of(amendments.close(n, AmendmentState.REFUSED, day));
            }
            List<String> toVote = amendment.routes().entrySet().stream()
                    .filter(route -> route.getValue().stage() != CommuneStage.EXECUTORY).map(Map.Entry::getKey)
                    .toList();
            if (!toVote.isEmpty() && dice < 12) {
                String council = pick(toVote);
                List<Object> route = new ArrayList<>(amendments.route(n, council, day));
                if (dice % 3 == 0) {
                    // A first meeting after the presentation lacked its quorum (a fact the route's stage ignores).
                    route.add(1, amendments.quorumLacking(n, council, day));
                }
                return route;
            }
            List<String> executory = amendment.routes().entrySet().stream()
                    .filter(route -> route.getValue().stage() == CommuneStage.EXECUTORY)
                    .map(Map.Entry::getKey).filter(party -> !amendment.signatures().containsKey(party)).toList();
            if (!executory.isEmpty() && dice == 12) {
                // The prefect's control of a deliberation on the amendment, up to its annulment: it deliberates again.
                return amendments.controlled(n, pick(executory), day, day.plusDays(25));
            }
            List<String> maySign = history.unsigned(amendment).stream().map(PlanHistory.PartyRef::partyId)
                    .filter(party -> !amendment.routes().containsKey(party)
                            || amendment.routes().get(party).stage() == CommuneStage.EXECUTORY).toList();
            if (maySign.isEmpty()) {
                return List.of();
            }
            List<Object> events = amendments.sign(n, pick(maySign), day);
            inForce().forEach(action -> actions.putIfAbsent(action, ActionStatus.PLANNED));
            return events;
        }

        private List<Object> change(int n, PlanVersion plan) {
            List<String> ids = plan.actions().stream().map(ActionSheet::actionId).toList();
            int kind = random.nextInt(7);
            if (ids.size() < 2 || kind == 0) {
                return List.of(amendments.change(n, PlanChange.add(sheet())));
            }
            String actionId = pick(ids);
            ActionSheet sheet = plan.action(actionId).orElseThrow();
            return List.of(amendments.change(n, switch (kind) {
                case 1 -> PlanChange.reword(actionId, "Reformulée " + sheet.title().length() + "-" + random.nextInt(99), null);
                case 2 -> PlanChange.change(new ActionSheet(actionId, sheet.title(), sheet.description(),
                        sheet.themeCode(), sheet.stakeCode(), otherLevel(sheet.level()), sheet.period(),
                        sheet.scope()));
                case 3 -> {
                    String other = ids.stream().filter(id -> !id.equals(actionId)).toList()
                            .get(random.nextInt(ids.size() - 1));
                    yield PlanChange.merge(List.of(actionId, other), sheet());
                }
                case 4 -> PlanChange.split(actionId, List.of(sheet(), sheet()));
                case 5 -> PlanChange.drop(actionId);
                default -> PlanChange.extendPeriod(new Period(plan.period().startYear(),
                        plan.period().endYear() + 1));
            }));
        }

        private List<Object> routeStep(String council) {
            switch (stage.get(council)) {
                case "NOT_PRESENTED", "REJECTED", "ANNULLED", "RETRACTED" -> {
                    stage.put(council, "PRESENTED");
                    quorumLackingOn.remove(council);
                    return List.of(new PresentedToMunicipalCouncil(id, council, day));
                }
                case "PRESENTED" -> {
                    if (!quorumLackingOn.containsKey(council) && random.nextInt(5) == 0) {
                        quorumLackingOn.put(council, day);
                        return List.of(new QuorumNotReached(id, council, day, 33, 12));
                    }
                    boolean adopted = random.nextInt(4) > 0;
                    stage.put(council, adopted ? "ADOPTED" : "REJECTED");
                    VoteCount votes = adopted ? new VoteCount(10 + random.nextInt(10), random.nextInt(9), 1, 0)
                            : new VoteCount(random.nextInt(9), 10 + random.nextInt(10), 0, 1);
                    Attendance attendance = random.nextInt(5) == 0 ? null
                            : new Attendance(33, 30 - random.nextInt(3), random.nextInt(3));
                    List<Object> events = new ArrayList<>();
                    events.add(new CouncilVoteRecorded(id, council, day, votes, BallotType.PUBLIC, null,
                            adopted ? VoteOutcome.ADOPTED : VoteOutcome.REJECTED, "D" + random.nextInt(999), null,
                            attendance, quorumLackingOn.get(council)));
                    if (random.nextInt(6) == 0) {
                        events.add(new CouncilVoteCorrected(id, council, day, new VoteCount(votes.votesFor(),
                                votes.votesAgainst(), votes.abstentions() + 1, votes.notTakingPart()),
                                BallotType.PUBLIC, null, adopted ? VoteOutcome.ADOPTED : VoteOutcome.REJECTED,
                                "coquille", random.nextBoolean() ? null : new Attendance(33, 31, 1)));
                    }
                    return events;
                }
                case "ADOPTED" -> {
                    List<Object> events = new ArrayList<>();
                    if (!transmitted.getOrDefault(council, false) && (random.nextBoolean()
                            || published.getOrDefault(council, false))) {
                        transmitted.put(council, true);
                        events.add(new PrefectureTransmissionRecorded(id, council, day, day, "ACTES-" + council));
                    } else {
                        published.put(council, true);
                        PublicationMode mode = PublicationMode.values()[random.nextInt(3)];
                        events.add(new DeliberationPublished(id, council, day, random.nextInt(5) == 0 ? null : mode,
                                mode == PublicationMode.ELECTRONIC ? "https://example.invalid/" + council : null));
                    }
                    if (transmitted.getOrDefault(council, false) && published.getOrDefault(council, false)) {
                        stage.put(council, "EXECUTORY");
                        events.add(new DeliberationBecameExecutory(id, council, day));
                    }
                    return events;
                }
                default -> {
                    return List.of();
                }
            }
        }

        /**
         * The prefect's control of a received deliberation: a letter, its answer, a referral, then an annulment; the
         * council may retract it at any time. Signatures given stay; the council then needs a new deliberation.
         */
        private List<Object> legalityStep(String council) {
            String at = stage.get(council);
            if (!transmitted.getOrDefault(council, false) || !(at.equals("ADOPTED") || at.equals("EXECUTORY"))) {
                return List.of();
            }
            String control = legality.getOrDefault(council, "OPEN");
            int dice = random.nextInt(10);
            if (dice == 0) {
                end(council, "RETRACTED");
                return List.of(new DeliberationRetracted(id, council, day, "erreur matérielle"));
            }
            switch (control) {
                case "OPEN" -> {
                    if (dice < 7) {
                        legality.put(council, "LETTER");
                        return List.of(new PrefectLetterReceived(id, council,
                                PrefectLetterKind.values()[random.nextInt(2)], day, "objet " + random.nextInt(9)));
                    }
                    legality.put(council, "REFERRED");
                    return List.of(new DeliberationReferredToCourt(id, council, day, "TA de Lyon"));
                }
                case "LETTER" -> {
                    legality.put(council, "OPEN");
                    return List.of(new PrefectLetterAnswered(id, council, day, "réponse " + random.nextInt(9)));
                }
                default -> {
                    end(council, "ANNULLED");
                    return List.of(new DeliberationAnnulled(id, council, day, "TA de Lyon", "n° " + random.nextInt(99)));
                }
            }
        }

        private void end(String council, String ending) {
            stage.put(council, ending);
            transmitted.remove(council);
            published.remove(council);
            legality.remove(council);
            quorumLackingOn.remove(council);
        }

        private List<Object> withdraw(String insee) {
            // Once a party has signed, the parties stay as they are: the last signature signs the convention.
            if (stage.get(insee).equals("WITHDRAWN") || !signedParties.isEmpty()) {
                return List.of();
            }
            stage.put(insee, "WITHDRAWN");
            return List.of(amendments.saw(new CommuneWithdrawn(id, insee, day, "raison " + random.nextInt(5))));
        }

        /**
         * A party that may sign signs; the last one's signature signs the convention. A convention signed as before
         * parties were recorded signs once every party may.
         */
        private List<Object> sign() {
            List<String> remaining = parties.keySet().stream()
                    .filter(party -> !"WITHDRAWN".equals(stage.get(party))).toList();
            if (remaining.stream().noneMatch(communes::contains) || !remaining.stream().allMatch(this::maySign)) {
                return List.of();
            }
            if (signsAsBefore) {
                signed = true;
                return List.of(amendments.saw(new ConventionSigned(id, day,
                        List.of(new GivenSignature(null, "Caf", day, "N", "Président")))));
            }
            List<String> unsigned = remaining.stream().filter(p -> !signedParties.contains(p)).toList();
            if (unsigned.isEmpty()) {
                return List.of();
            }
            String party = pick(unsigned);
            signedParties.add(party);
            List<Object> events = new ArrayList<>();
            events.add(new PartySigned(id, party, parties.get(party), day,
                    new Signatory("Signataire " + party, "Président", party)));
            if (signedParties.containsAll(remaining)) {
                signed = true;
                events.add(amendments.saw(new ConventionSigned(id, day, remaining.stream()
                        .map(p -> new GivenSignature(p, p, day, "Signataire " + p, "Président")).toList())));
            }
            return events;
        }

        private boolean maySign(String party) {
            return switch (parties.get(party)) {
                case CAF -> boardDecided;
                case COMMUNE, EPCI -> stage.get(party).equals("EXECUTORY");
                default -> true;
            };
        }

        private List<Object> statusUpdate(String actionId) {
            ActionStatus previous = actions.get(actionId);
            if (previous == null || previous.isFinal()) {
                return List.of();
            }
            ActionStatus status = STATUSES[random.nextInt(STATUSES.length)];
            actions.put(actionId, status);
            return List.of(new ActionStatusUpdated(id, actionId, previous, status, day,
                    random.nextBoolean() ? "note " + random.nextInt(100) : null,
                    status.needsReason() ? "raison " + random.nextInt(10) : null));
        }

        /** A committee meets, or records a decision in words or attaches the minutes of a meeting already held. */
        private List<Object> meetingStep() {
            if (meetings.isEmpty() || random.nextBoolean()) {
                String meetingId = "m-" + meetings.size();
                meetings.add(meetingId);
                return List.of(new MeetingRecorded(id, meetingId, MeetingKind.values()[random.nextInt(3)], day,
                        "Salle " + random.nextInt(5), List.of(new Attendee("Caf", "Directrice", "A. Martin")),
                        List.of("Bilan")));
            }
            if (random.nextInt(3) == 0) {
                byte[] sha256 = new byte[32];
                random.nextBytes(sha256);
                return List.of(new DocumentAttached(id, DocumentRole.MINUTES, pick(meetings), new DocumentRef(
                        java.util.HexFormat.of().formatHex(sha256), 1 + random.nextInt(100_000), "application/pdf",
                        "compte-rendu.pdf")));
            }
            return List.of(new CommitteeDecisionRecorded(id, pick(meetings), "décision " + random.nextInt(9)));
        }

        /** Defines an indicator, or records a year's measure (whole or for one commune), or corrects one. */
        private List<Object> indicatorStep() {
            if (indicators.isEmpty() || random.nextInt(5) == 0) {
                String actionId = pick(inForce());
                String indicatorId = "ind-" + indicators.size();
                indicators.add(actionId + "/" + indicatorId);
                IndicatorDirection direction = IndicatorDirection.values()[random.nextInt(3)];
                int baseline = 10 + random.nextInt(10);
                int target = direction == IndicatorDirection.DECREASE ? baseline - 5 : baseline + random.nextInt(10) + 1;
                return List.of(new IndicatorDefined(id, actionId, new IndicatorDefinition(indicatorId,
                        "Indicateur " + indicatorId, IndicatorUnit.COUNT, null, direction,
                        new YearValue(BigDecimal.valueOf(baseline), 2022),
                        new YearValue(BigDecimal.valueOf(target), 2023 + random.nextInt(5)), null)));
            }
            List<String> current = indicators.stream()
                    .filter(key -> inForce().contains(key.split("/")[0])).toList();
            if (current.isEmpty()) {
                return List.of();
            }
            String[] indicator = pick(current).split("/");
            int year = 2023 + random.nextInt(5);
            IndicatorScope scope = random.nextInt(3) == 0 ? IndicatorScope.commune(pick(communes)) : null;
            String key = indicator[0] + "/" + indicator[1] + "/" + year + "/" + scope;
            BigDecimal value = BigDecimal.valueOf(random.nextInt(30));
            BigDecimal previous = measures.put(key, value);
            // Recorded on the convention's day: a measure applies to the version of the plan in force that day.
            Instant at = day.atTime(10, random.nextInt(60)).toInstant(ZoneOffset.UTC);
            if (previous == null) {
                return List.of(new IndicatorMeasureRecorded(id, indicator[0], indicator[1], year, scope, value,
                        "source", random.nextBoolean() ? "note" : null, "coordinatrice", at));
            }
            return List.of(new IndicatorMeasureCorrected(id, indicator[0], indicator[1], year, scope, previous, value,
                    "source corrigée", null, "raison " + random.nextInt(5), "admin", at));
        }

        /** A change changes something: another level than the sheet's. */
        private ActionLevel otherLevel(ActionLevel level) {
            ActionLevel[] levels = ActionLevel.values();
            return levels[(level.ordinal() + 1 + random.nextInt(levels.length - 1)) % levels.length];
        }

        private String pick(List<String> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
