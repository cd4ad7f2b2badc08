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
import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.ActionStatusUpdated;
import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Perimeter;
import fr.ctg.convention.Period;
import fr.ctg.convention.Stake;
import fr.ctg.convention.Theme;
import fr.ctg.route.BallotType;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.Signatory;
import fr.ctg.route.VoteCount;
import fr.ctg.route.VoteOutcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random histories that obey the command side's rules (present before voting, vote again only after a rejection,
 * transmission after adoption, executory once transmitted and published, withdraw and sign only before signature,
 * sign only when every remaining commune is executory, done is final, postponed and abandoned give a reason,
 * one measure per indicator, year and scope, then corrections),
 * with several conventions interleaved as concurrent users would write them.
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
        private final Map<String, String> stage = new HashMap<>();
        private final Map<String, Boolean> transmitted = new HashMap<>();
        private final Map<String, Boolean> published = new HashMap<>();
        private final List<String> communes = new ArrayList<>();
        private final List<String> perimeters = new ArrayList<>();
        private final Map<String, ActionStatus> actions = new HashMap<>();
        private final List<String> actionIds = new ArrayList<>();
        private boolean signed;
        /** "actionId/indicatorId", and the current value of each measure by "actionId/indicatorId/year/scope". */
        private final List<String> indicators = new ArrayList<>();
        private final Map<String, BigDecimal> measures = new HashMap<>();
        private LocalDate day = LocalDate.of(2023, 1, 2);

        ConventionState(String id) {
            this.id = id;
        }

        ConventionDefined define() {
            List<Perimeter> defined = new ArrayList<>();
            int perimeterCount = 2 + random.nextInt(3);
            for (int p = 1; p <= perimeterCount; p++) {
                List<Commune> members = new ArrayList<>();
                int size = 2 + random.nextInt(6);
                for (int m = 0; m < size; m++) {
                    String insee = String.format("%02d%03d", 10 + p, communes.size());
                    communes.add(insee);
                    stage.put(insee, "NOT_PRESENTED");
                    members.add(new Commune(insee, "Commune " + insee, "42", "000000000",
                            100 + random.nextInt(20000)));
                }
                perimeters.add("P" + p);
                defined.add(new Perimeter("P" + p, "Périmètre " + p, members));
            }
            List<ActionSheet> sheets = new ArrayList<>();
            for (int a = random.nextInt(12); a > 0; a--) {
                sheets.add(sheet());
            }
            return new ConventionDefined(id, "CTG " + id, "Caf", new Period(2023, 2027), defined,
                    List.of(new Theme("PE", "Petite enfance"), new Theme("EJ", "Jeunesse")),
                    List.of(new Stake("PE-1", "PE", "s"), new Stake("EJ-1", "EJ", "s")), sheets);
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
            if (dice < 45 && !signed) {
                return routeStep(pick(communes));
            }
            if (dice < 47 && !signed) {
                return withdraw(pick(communes));
            }
            if (dice < 52 && !signed && readyToSign()) {
                signed = true;
                return List.of(new ConventionSigned(id, day, List.of(new Signatory("N", "Président", "Caf"))));
            }
            if (dice < 57 || actionIds.isEmpty()) {
                return List.of(new ActionAdded(id, sheet()));
            }
            if (dice < 72) {
                return indicatorStep();
            }
            return statusUpdate(pick(actionIds));
        }

        private List<Object> routeStep(String insee) {
            switch (stage.get(insee)) {
                case "NOT_PRESENTED", "REJECTED" -> {
                    stage.put(insee, "PRESENTED");
                    return List.of(new PresentedToMunicipalCouncil(id, insee, day));
                }
                case "PRESENTED" -> {
                    boolean adopted = random.nextInt(4) > 0;
                    stage.put(insee, adopted ? "ADOPTED" : "REJECTED");
                    VoteCount votes = adopted ? new VoteCount(10 + random.nextInt(10), random.nextInt(9), 1, 0)
                            : new VoteCount(random.nextInt(9), 10 + random.nextInt(10), 0, 1);
                    return List.of(new CouncilVoteRecorded(id, insee, day, votes, BallotType.PUBLIC, null,
                            adopted ? VoteOutcome.ADOPTED : VoteOutcome.REJECTED, "D" + random.nextInt(999), null));
                }
                case "ADOPTED" -> {
                    List<Object> events = new ArrayList<>();
                    if (!transmitted.getOrDefault(insee, false) && (random.nextBoolean()
                            || published.getOrDefault(insee, false))) {
                        transmitted.put(insee, true);
                        events.add(new PrefectureTransmissionRecorded(id, insee, day, day, "ACTES-" + insee));
                    } else {
                        published.put(insee, true);
                        events.add(new DeliberationPublished(id, insee, day));
                    }
                    if (transmitted.getOrDefault(insee, false) && published.getOrDefault(insee, false)) {
                        stage.put(insee, "EXECUTORY");
                        events.add(new DeliberationBecameExecutory(id, insee, day));
                    }
                    return events;
                }
                default -> {
                    return List.of();
                }
            }
        }

        private List<Object> withdraw(String insee) {
            if (stage.get(insee).equals("WITHDRAWN")) {
                return List.of();
            }
            stage.put(insee, "WITHDRAWN");
            return List.of(new CommuneWithdrawn(id, insee, day, "raison " + random.nextInt(5)));
        }

        private boolean readyToSign() {
            return stage.values().stream().anyMatch(s -> !s.equals("WITHDRAWN"))
                    && stage.values().stream().allMatch(s -> s.equals("EXECUTORY") || s.equals("WITHDRAWN"));
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

        /** Defines an indicator, or records a year's measure (whole or for one commune), or corrects one. */
        private List<Object> indicatorStep() {
            if (indicators.isEmpty() || random.nextInt(5) == 0) {
                String actionId = pick(actionIds);
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
            String[] indicator = pick(indicators).split("/");
            int year = 2023 + random.nextInt(5);
            IndicatorScope scope = random.nextInt(3) == 0 ? IndicatorScope.commune(pick(communes)) : null;
            String key = indicator[0] + "/" + indicator[1] + "/" + year + "/" + scope;
            BigDecimal value = BigDecimal.valueOf(random.nextInt(30));
            BigDecimal previous = measures.put(key, value);
            Instant at = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextInt(100_000_000));
            if (previous == null) {
                return List.of(new IndicatorMeasureRecorded(id, indicator[0], indicator[1], year, scope, value,
                        "source", random.nextBoolean() ? "note" : null, "coordinatrice", at));
            }
            return List.of(new IndicatorMeasureCorrected(id, indicator[0], indicator[1], year, scope, previous, value,
                    "source corrigée", null, "raison " + random.nextInt(5), "admin", at));
        }

        private String pick(List<String> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
