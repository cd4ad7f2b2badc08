package fr.ctg.actionplan.committee.query;

/** A convention's meetings in date order, with their decisions; {@code year}, when given, keeps that year's only. */
public record FindMeetings(String conventionId, Integer year) {
}
