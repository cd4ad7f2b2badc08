package fr.ctg.audit.chain;

import fr.ctg.audit.jobs.AuditJob;
import fr.ctg.audit.jobs.AuditJobs;
import fr.ctg.audit.jobs.JobAnswers;
import fr.ctg.audit.web.AuditRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;
import java.util.Map;

/**
 * Verify the hash chains, and read their heads to print in a signed report. The whole store is verified by a
 * background job ({@code 202 Accepted}, the job in {@code Location}); one convention at once, in milliseconds.
 */
@RestController
@RequestMapping("/api/v1/audit")
public class ChainController {

    private final ChainVerifier verifier;
    private final ChainHeads heads;
    private final AuditJobs jobs;

    ChainController(ChainVerifier verifier, ChainHeads heads, AuditJobs jobs) {
        this.verifier = verifier;
        this.heads = heads;
        this.jobs = jobs;
    }

    /** Heads signed earlier, to prove nothing was cut off the end of a chain since. */
    public record VerifyRequest(Map<String, String> expectedHeads) {
    }

    /**
     * With {@code conventionId}: that convention's report, always 200 (a broken chain is a finding of the audit, not
     * a failure of the request). Without: a job verifying every chain, whose result is that report.
     */
    @PostMapping("/verify")
    public ResponseEntity<?> verify(@RequestParam(required = false) String conventionId,
                                    @RequestBody(required = false) VerifyRequest request, Principal auditor) {
        Map<String, String> expected = request == null ? null : request.expectedHeads();
        if (conventionId != null) {
            return ResponseEntity.ok(verifier.verify(conventionId, expected));
        }
        AuditJob job = jobs.start("verify", auditor.getName(), progress -> {
            VerifyReport report = verifier.verify(null, expected, progress);
            return new AuditJobs.Outcome(report, report.eventsChecked(), report.eventsChecked());
        });
        return JobAnswers.accepted(job);
    }

    @GetMapping("/conventions/{conventionId}/head")
    public ChainHead head(@PathVariable String conventionId) {
        return heads.of(conventionId).orElseThrow(() -> AuditRequestException.unknownConvention(conventionId));
    }

    @GetMapping("/heads")
    public List<ChainHead> heads() {
        return heads.all();
    }

    /** The heads of every chain as a job, for a store too large to list within one request. */
    @PostMapping("/heads")
    public ResponseEntity<AuditJob> headsJob(Principal auditor) {
        return JobAnswers.accepted(jobs.start("heads", auditor.getName(), progress -> {
            List<ChainHead> all = heads.all();
            long events = all.stream().mapToLong(ChainHead::events).sum();
            return new AuditJobs.Outcome(all, events, events);
        }));
    }
}
