package fr.ctg.query.actionprogress;

import fr.ctg.calendar.ParisCalendar;
import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.query.ActionProgressView;
import fr.ctg.actionplan.query.FindActionProgress;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.web.QueryParameters;
import fr.ctg.query.web.Views;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Overdue, and the indicators' year, are judged as of {@code asOf}, by default today (Europe/Paris) on the service's
 * clock.
 */
@RestController
class ActionProgressController {

    private final Views views;
    private final Clock clock;

    ActionProgressController(Views views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/api/v1/conventions/{conventionId}/action-progress")
    ResponseEntity<ActionProgressView> progress(
            @PathVariable String conventionId,
            @RequestParam(required = false) String perimeter,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) ActionLevel level,
            @RequestParam(required = false, defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) Long minPosition,
            WebRequest request) throws InterruptedException {
        FindActionProgress query = new FindActionProgress(conventionId, QueryParameters.filter(perimeter),
                QueryParameters.filter(theme), QueryParameters.period(period), status, level, overdue,
                asOf == null ? ParisCalendar.today(clock) : asOf, QueryParameters.page(page, size));
        return views.answer(ProcessorNames.ACTION_PROGRESS, minPosition, query, ActionProgressView.class, request,
                Views.unknownConvention(conventionId));
    }
}
