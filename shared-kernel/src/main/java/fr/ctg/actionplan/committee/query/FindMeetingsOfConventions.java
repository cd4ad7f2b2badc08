package fr.ctg.actionplan.committee.query;

import java.util.List;

/** Every meeting of several conventions in one read (each as {@link FindMeetings} of every year). */
public record FindMeetingsOfConventions(List<String> conventionIds) {

    public FindMeetingsOfConventions {
        conventionIds = List.copyOf(conventionIds);
    }
}
