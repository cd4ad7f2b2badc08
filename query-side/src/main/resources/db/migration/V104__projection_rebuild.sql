-- A rebuild in progress, per processor: until the processor has passed target_position again, its views answer
-- 503 rather than partial data. Kept in the database so that a restart, or another query-side instance, knows it.
CREATE TABLE projection_rebuild (
    processor_name  TEXT        NOT NULL,
    target_position BIGINT      NOT NULL,
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    CONSTRAINT projection_rebuild_pk PRIMARY KEY (processor_name)
);
