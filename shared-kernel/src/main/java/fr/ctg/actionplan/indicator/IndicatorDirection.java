package fr.ctg.actionplan.indicator;

/** Which way an indicator should move from its baseline: up to its target, down to it, or to reach it exactly. */
public enum IndicatorDirection {
    INCREASE,
    DECREASE,
    REACH
}
