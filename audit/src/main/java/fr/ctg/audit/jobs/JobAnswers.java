package fr.ctg.audit.jobs;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/** A job just started: {@code 202 Accepted}, its resource in {@code Location}, the job as it stands. */
public final class JobAnswers {

    private JobAnswers() {
    }

    public static ResponseEntity<AuditJob> accepted(AuditJob job) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(job.location())).body(job);
    }
}
