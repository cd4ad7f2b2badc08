package fr.ctg.audit.jobs;

import fr.ctg.audit.web.AuditRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The auditors' background checks: one job, or the latest ones. */
@RestController
@RequestMapping("/api/v1/audit/jobs")
class AuditJobController {

    private final AuditJobs jobs;

    AuditJobController(AuditJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/{id}")
    AuditJob job(@PathVariable UUID id) {
        return jobs.find(id).orElseThrow(() -> new AuditRequestException(HttpStatus.NOT_FOUND, "audit-job-not-found",
                "No audit job has id " + id + "."));
    }

    /** The last twenty jobs, newest first, of one kind ({@code verify}, {@code heads}, {@code replay-check}) or all. */
    @GetMapping
    List<AuditJob> latest(@RequestParam(required = false) String kind) {
        return jobs.latest(kind);
    }
}
