-- Read model "plan": the events that make a convention's plan versions and amendments, one row per event keyed by its
-- sequence number (a redelivered event finds its row and inserts nothing). The views fold them with the shared
-- fr.ctg.amendment.PlanHistory, the very fold the aggregate's rules read: a handful of rows per convention.
CREATE TABLE plan_event (
    convention_id   TEXT   NOT NULL,
    sequence_number BIGINT NOT NULL,
    event_type      TEXT   NOT NULL,
    payload         JSONB  NOT NULL,
    CONSTRAINT plan_event_pk PRIMARY KEY (convention_id, sequence_number)
);
