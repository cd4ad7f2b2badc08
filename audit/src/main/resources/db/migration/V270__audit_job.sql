-- The auditors' long checks (verify, heads, replay check) run as background jobs: one row each, with its progress
-- and, once finished, its result, kept and timestamped. In the database so that every node answers for every job.
CREATE TABLE audit_job (
    job_id       UUID        NOT NULL,
    kind         TEXT        NOT NULL CHECK (kind IN ('verify', 'heads', 'replay-check')),
    status       TEXT        NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    requested_by TEXT        NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    heartbeat_at TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ,
    events_done  BIGINT      NOT NULL DEFAULT 0,
    events_total BIGINT      NOT NULL DEFAULT 0,
    result       JSONB,
    error        TEXT,
    CONSTRAINT audit_job_pk PRIMARY KEY (job_id)
);
-- One check at a time across every node: a second running row is refused by the index itself.
CREATE UNIQUE INDEX audit_job_one_running ON audit_job ((TRUE)) WHERE status = 'running';
CREATE INDEX audit_job_by_start ON audit_job (started_at DESC);
