package fr.ctg.actionplan.committee.query;

import java.util.List;
import java.util.Map;

/** By convention id, its meetings in date order; a convention without meetings has no entry. */
public record MeetingsOfConventions(Map<String, List<MeetingView>> byConvention) {
}
