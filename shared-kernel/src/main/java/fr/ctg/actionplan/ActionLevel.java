package fr.ctg.actionplan;

/** The échelon of an action sheet. */
public enum ActionLevel {
    INTERCOMMUNAL,
    PERIMETER,
    COMMUNAL
}
