package fr.ctg.audit.asof;

import fr.ctg.audit.jobs.AuditJob;
import fr.ctg.audit.jobs.AuditJobs;
import fr.ctg.audit.jobs.JobAnswers;
import fr.ctg.calendar.ParisCalendar;
import fr.ctg.actionplan.indicator.query.FindConventionIndicators;
import fr.ctg.actionplan.indicator.query.IndicatorList;
import fr.ctg.actionplan.query.ActionProgressView;
import fr.ctg.actionplan.query.FindActionProgress;
import fr.ctg.amendment.query.FindPlanInForce;
import fr.ctg.amendment.query.FindPlanVersions;
import fr.ctg.amendment.query.PlanInForceView;
import fr.ctg.amendment.query.PlanVersionList;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.FindConventionOverview;
import fr.ctg.convention.query.PageRequest;
import fr.ctg.platform.web.Problems;
import fr.ctg.route.query.CommuneApprovalPage;
import fr.ctg.route.query.FindCommuneApprovals;
import fr.ctg.route.query.FindPerimeterApprovals;
import fr.ctg.route.query.PerimeterApprovalList;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** For auditors: every view as it stood at a past instant, and the check that a replay gives the live views. */
@RestController
@Validated
@RequestMapping("/api/v1/audit")
public class AsOfController {

    private static final String CONVENTION_ID = "[a-z0-9][a-z0-9-]{2,63}";
    private static final PageRequest WHOLE = new PageRequest(0, PageRequest.MAX_SIZE);

    private final AsOfViews views;
    private final ReplayCheck replayCheck;
    private final AuditJobs jobs;

    AsOfController(AsOfViews views, ReplayCheck replayCheck, AuditJobs jobs) {
        this.views = views;
        this.replayCheck = replayCheck;
        this.jobs = jobs;
    }

    @GetMapping("/conventions/{conventionId}/as-of/overview")
    public ResponseEntity<?> overview(@PathVariable @Pattern(regexp = CONVENTION_ID) String conventionId,
                                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        return answer(conventionId, at, new FindConventionOverview(conventionId), ConventionOverviewView.class);
    }

    @GetMapping("/conventions/{conventionId}/as-of/communes")
    public ResponseEntity<?> communes(@PathVariable @Pattern(regexp = CONVENTION_ID) String conventionId,
                                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        return answer(conventionId, at, new FindCommuneApprovals(conventionId, null, null, WHOLE),
                CommuneApprovalPage.class);
    }

    @GetMapping("/conventions/{conventionId}/as-of/perimeters")
    public ResponseEntity<?> perimeters(@PathVariable @Pattern(regexp = CONVENTION_ID) String conventionId,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        return answer(conventionId, at, new FindPerimeterApprovals(conventionId), PerimeterApprovalList.class);
    }

    /** Overdue actions are judged on the day of {@code at} in Paris, as the live view judged them that day. */
    @GetMapping("/conventions/{conventionId}/as-of/action-progress")
    public ResponseEntity<?> actionProgress(@PathVariable @Pattern(regexp = CONVENTION_ID) String conventionId,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        return answer(conventionId, at, new FindActionProgress(conventionId, null, null, null, null, null, false,
                ParisCalendar.dayOf(at), WHOLE), ActionProgressView.class);
    }

    /** Indicators are judged for the year of {@code at} in Europe/Paris, the calendar of the measures. */
    @GetMapping("/conventions/{conventionId}/as-of/indicators")
    public ResponseEntity<?> indicators(@PathVariable @Pattern(regexp = CONVENTION_ID) String conventionId,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        return answer(conventionId, at, new FindConventionIndicators(conventionId,
                ParisCalendar.dayOf(at).getYear()), IndicatorList.class);
    }

    /**
     * The plan in force on {@code on} (default: the Paris day of {@code at}) as the events known at {@code at} made
     * it: an amendment signed after {@code at} is still pending there.
     */
    @GetMapping("/conventions/{conventionId}/as-of/plan")
    public ResponseEntity<?> plan(@PathVariable @Pattern(regexp = CONVENTION_ID) String conventionId,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate on) {
        return answer(conventionId, at, new FindPlanInForce(conventionId, on == null ? ParisCalendar.dayOf(at) : on),
                PlanInForceView.class);
    }

    @GetMapping("/conventions/{conventionId}/as-of/plan/versions")
    public ResponseEntity<?> planVersions(@PathVariable @Pattern(regexp = CONVENTION_ID) String conventionId,
                                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        return answer(conventionId, at, new FindPlanVersions(conventionId), PlanVersionList.class);
    }

    /** A job: replaying the whole store takes minutes on a national one; its result is the check's report. */
    @PostMapping("/replay-check")
    public ResponseEntity<AuditJob> replayCheck(Principal auditor) {
        return JobAnswers.accepted(jobs.start("replay-check", auditor.getName(), progress -> {
            try {
                ReplayCheck.Report report = replayCheck.run(Duration.ofSeconds(30), progress);
                return new AuditJobs.Outcome(report, report.eventsReplayed(), report.head());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the live views", e);
            }
        }));
    }

    private <R> ResponseEntity<?> answer(String conventionId, Instant at, Object query, Class<R> viewType) {
        return views.at(conventionId, at, query, viewType)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND,
                        "convention-not-found-at-instant", "Convention " + conventionId + " had no event at " + at + ".")));
    }
}
