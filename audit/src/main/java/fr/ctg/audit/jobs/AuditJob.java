package fr.ctg.audit.jobs;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * One background check and, once finished, its result: {@code status} is {@code running}, {@code done} (the check
 * ran to its end, whatever it found) or {@code failed} (it could not run to its end; {@code error} says why).
 * Progress counts events out of the store's head when the job started. Timestamps are the database's.
 */
public record AuditJob(UUID id, String kind, String status, String requestedBy, Instant startedAt,
                       Instant heartbeatAt, Instant finishedAt, long eventsDone, long eventsTotal, JsonNode result,
                       String error) {

    public static final String RUNNING = "running";

    public boolean running() {
        return RUNNING.equals(status);
    }

    public String location() {
        return "/api/v1/audit/jobs/" + id;
    }
}
