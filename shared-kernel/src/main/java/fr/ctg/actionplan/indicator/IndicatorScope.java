package fr.ctg.actionplan.indicator;

/**
 * Where an indicator or a measure applies: one perimeter or one commune of the convention, never both. An absent
 * scope (null) means the whole of the action's own scope.
 */
public record IndicatorScope(String perimeterCode, String communeInseeCode) {

    public static IndicatorScope perimeter(String code) {
        return new IndicatorScope(code, null);
    }

    public static IndicatorScope commune(String inseeCode) {
        return new IndicatorScope(null, inseeCode);
    }
}
