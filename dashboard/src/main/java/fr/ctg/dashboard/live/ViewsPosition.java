package fr.ctg.dashboard.live;

import fr.ctg.query.api.QuerySideViews;
import org.springframework.stereotype.Component;

/** The global position every view has handled; a page renders it so that it knows which updates it already shows. */
@Component
public class ViewsPosition {

    private final QuerySideViews views;

    ViewsPosition(QuerySideViews views) {
        this.views = views;
    }

    /** -1 while some view has handled nothing. */
    public long current() {
        return views.handledPosition();
    }
}
