package fr.ctg.amendment;

/** What one change of an amendment does to the plan. */
public enum PlanChangeKind {
    /** A new action sheet ({@code action}). */
    ADD_ACTION,
    /** A new title and/or description of {@code actionId} ({@code title}, {@code description}). */
    REWORD_ACTION,
    /** A new scope, level, period, theme or stake of {@code actionId}: {@code action} is the whole new sheet. */
    CHANGE_ACTION,
    /** {@code actionIds} (two or more) end, replaced by {@code action}; each is linked to it. */
    MERGE_ACTIONS,
    /** {@code actionId} ends, replaced by {@code actions} (two or more); each is linked to it. */
    SPLIT_ACTION,
    /** {@code actionId} ends; its history stays, marked ended by the amendment. */
    DROP_ACTION,
    /** {@code commune} joins perimeter {@code perimeterCode}. */
    ADD_COMMUNE,
    /** Commune {@code communeInseeCode} leaves its perimeter (and the scopes naming it alone). */
    REMOVE_COMMUNE,
    /** The convention's period becomes {@code period} (same start, a later end). */
    EXTEND_PERIOD
}
