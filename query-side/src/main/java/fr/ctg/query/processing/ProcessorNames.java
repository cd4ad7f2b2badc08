package fr.ctg.query.processing;

import java.util.List;

/** The streaming processors of the query side, one per read model; each is also its processing group. */
public final class ProcessorNames {

    public static final String COMMUNE_APPROVAL = "commune-approval";
    public static final String PERIMETER_APPROVAL = "perimeter-approval";
    public static final String CONVENTION_OVERVIEW = "convention-overview";
    public static final String ACTION_PROGRESS = "action-progress";
    public static final String INDICATOR = "indicator";
    public static final String MEETING = "meeting";
    public static final String PLAN = "plan";

    public static final List<String> ALL =
            List.of(COMMUNE_APPROVAL, PERIMETER_APPROVAL, CONVENTION_OVERVIEW, ACTION_PROGRESS, INDICATOR, MEETING,
                    PLAN);

    private ProcessorNames() {
    }
}
