package fr.ctg.query.plan;

import fr.ctg.amendment.PlanDiff;
import fr.ctg.amendment.query.AmendmentView;
import fr.ctg.amendment.query.FindAmendment;
import fr.ctg.amendment.query.FindPlanDiff;
import fr.ctg.amendment.query.FindPlanInForce;
import fr.ctg.amendment.query.FindPlanVersions;
import fr.ctg.amendment.query.PlanInForceView;
import fr.ctg.amendment.query.PlanVersionList;
import fr.ctg.calendar.ParisCalendar;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.web.QueryProblemException;
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

/** The plan in force on a day (today in Paris by default), its versions, a diff of two versions, an amendment. */
@RestController
class PlanController {

    private final Views views;
    private final Clock clock;

    PlanController(Views views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/api/v1/conventions/{conventionId}/plan")
    ResponseEntity<PlanInForceView> plan(@PathVariable String conventionId,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                         LocalDate on, @RequestParam(required = false) Long minPosition,
                                         WebRequest request) throws InterruptedException {
        LocalDate day = on == null ? ParisCalendar.today(clock) : on;
        return views.answer(ProcessorNames.PLAN, minPosition, new FindPlanInForce(conventionId, day),
                PlanInForceView.class, request, Views.unknownConvention(conventionId));
    }

    @GetMapping("/api/v1/conventions/{conventionId}/plan/versions")
    ResponseEntity<PlanVersionList> versions(@PathVariable String conventionId,
                                             @RequestParam(required = false) Long minPosition,
                                             WebRequest request) throws InterruptedException {
        return views.answer(ProcessorNames.PLAN, minPosition, new FindPlanVersions(conventionId),
                PlanVersionList.class, request, Views.unknownConvention(conventionId));
    }

    @GetMapping("/api/v1/conventions/{conventionId}/plan/diff")
    ResponseEntity<PlanDiff> diff(@PathVariable String conventionId, @RequestParam int from, @RequestParam int to,
                                  @RequestParam(required = false) Long minPosition,
                                  WebRequest request) throws InterruptedException {
        return views.answer(ProcessorNames.PLAN, minPosition, new FindPlanDiff(conventionId, from, to),
                PlanDiff.class, request, () -> QueryProblemException.notFound("plan-version-not-found",
                        "Convention " + conventionId + " has no versions " + from + " and " + to + "."));
    }

    @GetMapping("/api/v1/conventions/{conventionId}/amendments/{number}")
    ResponseEntity<AmendmentView> amendment(@PathVariable String conventionId, @PathVariable int number,
                                            @RequestParam(required = false) Long minPosition,
                                            WebRequest request) throws InterruptedException {
        return views.answer(ProcessorNames.PLAN, minPosition, new FindAmendment(conventionId, number),
                AmendmentView.class, request, () -> QueryProblemException.notFound("amendment-not-found",
                        "Convention " + conventionId + " has no amendment no. " + number + "."));
    }
}
