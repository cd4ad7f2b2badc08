package fr.ctg.amendment;

import fr.ctg.actionplan.ActionSheet;
import fr.ctg.convention.Commune;
import fr.ctg.convention.Period;

import java.util.List;

/**
 * One change of an amendment; which fields it uses depends on its {@link PlanChangeKind} (the others are null).
 * {@code commune} is the reference data of a commune joining, filled in by the aggregate from the INSEE code the
 * client gives in {@code communeInseeCode}.
 */
public record PlanChange(
        PlanChangeKind kind,
        String actionId,
        List<String> actionIds,
        ActionSheet action,
        List<ActionSheet> actions,
        String title,
        String description,
        String perimeterCode,
        String communeInseeCode,
        Commune commune,
        Period period) {

    public static PlanChange add(ActionSheet action) {
        return new PlanChange(PlanChangeKind.ADD_ACTION, null, null, action, null, null, null, null, null, null, null);
    }

    public static PlanChange reword(String actionId, String title, String description) {
        return new PlanChange(PlanChangeKind.REWORD_ACTION, actionId, null, null, null, title, description, null, null,
                null, null);
    }

    public static PlanChange change(ActionSheet action) {
        return new PlanChange(PlanChangeKind.CHANGE_ACTION, action.actionId(), null, action, null, null, null, null,
                null, null, null);
    }

    public static PlanChange merge(List<String> actionIds, ActionSheet into) {
        return new PlanChange(PlanChangeKind.MERGE_ACTIONS, null, actionIds, into, null, null, null, null, null, null,
                null);
    }

    public static PlanChange split(String actionId, List<ActionSheet> into) {
        return new PlanChange(PlanChangeKind.SPLIT_ACTION, actionId, null, null, into, null, null, null, null, null,
                null);
    }

    public static PlanChange drop(String actionId) {
        return new PlanChange(PlanChangeKind.DROP_ACTION, actionId, null, null, null, null, null, null, null, null,
                null);
    }

    public static PlanChange addCommune(String perimeterCode, Commune commune) {
        return new PlanChange(PlanChangeKind.ADD_COMMUNE, null, null, null, null, null, null, perimeterCode,
                commune.inseeCode(), commune, null);
    }

    public static PlanChange removeCommune(String inseeCode) {
        return new PlanChange(PlanChangeKind.REMOVE_COMMUNE, null, null, null, null, null, null, null, inseeCode, null,
                null);
    }

    public static PlanChange extendPeriod(Period period) {
        return new PlanChange(PlanChangeKind.EXTEND_PERIOD, null, null, null, null, null, null, null, null, null,
                period);
    }

    /** The same change with the joining commune's reference data. */
    public PlanChange withCommune(Commune resolved) {
        return new PlanChange(kind, actionId, actionIds, action, actions, title, description, perimeterCode,
                communeInseeCode, resolved, period);
    }
}
