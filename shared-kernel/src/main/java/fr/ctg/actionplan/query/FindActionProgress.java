package fr.ctg.actionplan.query;

import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.convention.Period;
import fr.ctg.convention.query.PageRequest;

import java.time.LocalDate;

/**
 * Progress of a convention's action plan as of {@code asOf}. Every filter is optional; {@code perimeterCode} matches
 * the actions whose scope touches that perimeter (the whole perimeter or one of its communes).
 */
public record FindActionProgress(String conventionId, String perimeterCode, String themeCode, Period period,
                                 ActionStatus status, ActionLevel level, boolean overdueOnly, LocalDate asOf,
                                 PageRequest page) {
}
