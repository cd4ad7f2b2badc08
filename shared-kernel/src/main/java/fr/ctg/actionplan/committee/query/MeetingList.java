package fr.ctg.actionplan.committee.query;

import java.util.List;

public record MeetingList(String conventionId, Integer year, List<MeetingView> meetings) {
}
