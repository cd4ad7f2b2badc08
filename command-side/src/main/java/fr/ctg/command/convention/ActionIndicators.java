package fr.ctg.command.convention;

import fr.ctg.actionplan.ActionAdded;
import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.actionplan.indicator.CorrectIndicatorMeasure;
import fr.ctg.actionplan.indicator.DefineIndicator;
import fr.ctg.actionplan.indicator.IndicatorDefined;
import fr.ctg.actionplan.indicator.IndicatorDefinition;
import fr.ctg.actionplan.indicator.IndicatorMeasureCorrected;
import fr.ctg.actionplan.indicator.IndicatorMeasureRecorded;
import fr.ctg.actionplan.indicator.IndicatorScope;
import fr.ctg.actionplan.indicator.RecordIndicatorMeasure;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Period;
import fr.ctg.amendment.AmendmentInForce;
import fr.ctg.amendment.EndedAction;
import fr.ctg.calendar.ParisCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static fr.ctg.command.convention.IndicatorRules.notBlank;
import static fr.ctg.command.convention.RuleViolation.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The indicators of a convention's actions and their yearly measures: a member of the {@link Convention} aggregate,
 * kept apart so that the plan's indicators and the institutional route change independently. It folds the facts it
 * needs (period, perimeters, action scopes) from the aggregate's own events.
 */
class ActionIndicators {

    private String conventionId;
    private Period period;
    private IndicatorScopes scopes;
    private final Map<String, ActionScope> actionScopes = new HashMap<>();
    /** By action id, then indicator id. */
    private final Map<String, Map<String, IndicatorDefinition>> indicators = new HashMap<>();
    /** The actions amendments ended, and the day each action an amendment brought in came into force. */
    private final Map<String, EndedAction> ended = new HashMap<>();
    private final Map<String, LocalDate> startedOn = new HashMap<>();
    /** The current value, source and note of each measure, by {@link #key}. */
    private final Map<String, Measure> measures = new HashMap<>();

    record Measure(BigDecimal value, String source, String note) {
    }

    @CommandHandler
    void handle(DefineIndicator command) {
        ActionScope actionScope = action(command.actionId());
        IndicatorRules.checkDefinition(command.indicator(), period, scopes, actionScope);
        check(!indicators.getOrDefault(command.actionId(), Map.of()).containsKey(command.indicator().indicatorId()),
                "indicator-already-exists", "Action " + command.actionId() + " already has indicator "
                        + command.indicator().indicatorId() + ".");
        apply(new IndicatorDefined(conventionId, command.actionId(), command.indicator()));
    }

    @CommandHandler
    void handle(RecordIndicatorMeasure command) {
        IndicatorDefinition indicator = indicator(command.actionId(), command.indicatorId());
        IndicatorScope scope = measureScope(indicator, command.actionId(), command.scope());
        checkMeasure(indicator, command.year(), command.value(), command.source(), command.recordedBy(),
                command.recordedAt());
        // A new measure applies to the version in force on the day it is recorded; a correction fixes an old one.
        ActionsInForce.check(command.actionId(), ParisCalendar.dayOf(command.recordedAt()),
                Optional.ofNullable(ended.get(command.actionId())),
                Optional.ofNullable(startedOn.get(command.actionId())));
        check(!measures.containsKey(key(command.actionId(), command.indicatorId(), command.year(), scope)),
                "measure-already-recorded", "The " + command.year() + " measure of " + command.indicatorId()
                        + where(scope) + " is already recorded; correct it instead.");
        apply(new IndicatorMeasureRecorded(conventionId, command.actionId(), command.indicatorId(), command.year(),
                scope, command.value(), command.source(), command.note(), command.recordedBy(), command.recordedAt()));
    }

    @CommandHandler
    void handle(CorrectIndicatorMeasure command) {
        IndicatorDefinition indicator = indicator(command.actionId(), command.indicatorId());
        IndicatorScope scope = measureScope(indicator, command.actionId(), command.scope());
        Measure current = measures.get(key(command.actionId(), command.indicatorId(), command.year(), scope));
        check(current != null, "measure-correction-without-measure", "No " + command.year() + " measure of "
                + command.indicatorId() + where(scope) + " is recorded; there is nothing to correct.");
        check(notBlank(command.reason()), "measure-correction-reason-required", "A correction states its reason.");
        checkMeasure(indicator, command.year(), command.value(), command.source(), command.correctedBy(),
                command.correctedAt());
        check(current.value().compareTo(command.value()) != 0 || !command.source().equals(current.source())
                        || !Objects.equals(command.note(), current.note()), "measure-correction-changes-nothing",
                "The correction gives the very value, source and note already recorded.");
        apply(new IndicatorMeasureCorrected(conventionId, command.actionId(), command.indicatorId(), command.year(),
                scope, current.value(), command.value(), command.source(), command.note(), command.reason(),
                command.correctedBy(), command.correctedAt()));
    }

    private void checkMeasure(IndicatorDefinition indicator, int year, BigDecimal value, String source,
                              String who, Instant when) {
        check(period.contains(year), "measure-year-outside-period",
                "The year " + year + " lies outside the convention's period " + period + ".");
        IndicatorValues.check(indicator.unit(), value, "The measure");
        check(notBlank(source), "measure-source-required", "A measure names its source (e.g. \"Bilan Caf 2024\").");
        check(notBlank(who) && when != null, "measure-author-required", "A measure says who recorded it, and when.");
    }

    /**
     * The scope a measure is stored under: none for the indicator's whole scope (also when the client names that
     * very scope), otherwise a perimeter or commune within it.
     */
    private IndicatorScope measureScope(IndicatorDefinition indicator, String actionId, IndicatorScope scope) {
        if (scope == null || scope.equals(indicator.scope())) {
            return null;
        }
        scopes.checkWithin(scope, actionScopes.get(actionId), "measure");
        IndicatorScope whole = indicator.scope();
        check(whole == null || (whole.perimeterCode() != null && scope.communeInseeCode() != null
                        && whole.perimeterCode().equals(scopes.perimeterOfCommune().get(scope.communeInseeCode()))),
                "measure-scope-outside-indicator", "Indicator " + indicator.indicatorId() + " is measured"
                        + where(whole) + "; a measure breaks it down to the communes of its perimeter only.");
        return scope;
    }

    private ActionScope action(String actionId) {
        ActionScope scope = actionScopes.get(actionId);
        if (scope == null) {
            throw RuleViolation.notFound("action-not-found", "The convention has no action " + actionId + ".");
        }
        return scope;
    }

    private IndicatorDefinition indicator(String actionId, String indicatorId) {
        action(actionId);
        IndicatorDefinition indicator = indicators.getOrDefault(actionId, Map.of()).get(indicatorId);
        if (indicator == null) {
            throw RuleViolation.notFound("indicator-not-found",
                    "Action " + actionId + " has no indicator " + indicatorId + ".");
        }
        return indicator;
    }

    private static String where(IndicatorScope scope) {
        if (scope == null) {
            return "";
        }
        return scope.perimeterCode() != null ? " in perimeter " + scope.perimeterCode()
                : " in commune " + scope.communeInseeCode();
    }

    /** A string, so that snapshots keep the map as a plain JSON object. */
    private static String key(String actionId, String indicatorId, int year, IndicatorScope scope) {
        String where = scope == null ? "*" : scope.perimeterCode() != null ? "P:" + scope.perimeterCode()
                : "C:" + scope.communeInseeCode();
        return actionId + "/" + indicatorId + "/" + year + "/" + where;
    }

    @EventSourcingHandler
    void on(ConventionDefined event) {
        conventionId = event.conventionId();
        period = event.period();
        scopes = IndicatorScopes.of(event.perimeters());
        event.actions().forEach(this::add);
    }

    @EventSourcingHandler
    void on(ActionAdded event) {
        add(event.action());
    }

    private void add(ActionSheet action) {
        actionScopes.put(action.actionId(), action.scope());
    }

    /**
     * The actions an amendment brings in (or whose scope it changes), those it ends, and the communes of the plan
     * from then on: a commune it adds is a scope from its day in force, one it removes is none.
     */
    @EventSourcingHandler
    void on(AmendmentInForce event) {
        scopes = IndicatorScopes.of(event.plan().perimeters());
        for (ActionSheet action : event.plan().actions()) {
            if (!actionScopes.containsKey(action.actionId())) {
                startedOn.put(action.actionId(), event.inForceOn());
            }
            add(action);
        }
        event.ended().forEach(end -> ended.put(end.actionId(), end));
    }

    @EventSourcingHandler
    void on(IndicatorDefined event) {
        indicators.computeIfAbsent(event.actionId(), id -> new HashMap<>())
                .put(event.indicator().indicatorId(), event.indicator());
    }

    @EventSourcingHandler
    void on(IndicatorMeasureRecorded event) {
        measures.put(key(event.actionId(), event.indicatorId(), event.year(), event.scope()),
                new Measure(event.value(), event.source(), event.note()));
    }

    @EventSourcingHandler
    void on(IndicatorMeasureCorrected event) {
        measures.put(key(event.actionId(), event.indicatorId(), event.year(), event.scope()),
                new Measure(event.value(), event.source(), event.note()));
    }
}
