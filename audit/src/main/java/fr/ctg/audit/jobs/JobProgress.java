package fr.ctg.audit.jobs;

/**
 * What a check tells of its progress. It may call {@link #advanced} for every event: the job's row is written at
 * most once a second ({@code ctg.audit.job-progress-every}), never per event.
 */
public interface JobProgress {

    /** The events the check has to go through. */
    void total(long events);

    /** The events gone through so far. */
    void advanced(long events);

    /** For a check run outside a job (the command line, one convention): progress goes nowhere. */
    JobProgress NONE = new JobProgress() {
        @Override
        public void total(long events) {
        }

        @Override
        public void advanced(long events) {
        }
    };
}
