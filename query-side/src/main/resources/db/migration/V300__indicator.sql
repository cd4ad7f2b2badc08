-- Read model "indicator": each action's indicators and every measure, corrections kept in order. indicator_action
-- keeps the plan order (and indicator_convention the conventions this view has seen, even with an empty plan).
CREATE TABLE indicator_convention (
    convention_id TEXT NOT NULL,
    CONSTRAINT indicator_convention_pk PRIMARY KEY (convention_id)
);

CREATE TABLE indicator_action (
    convention_id TEXT    NOT NULL,
    action_id     TEXT    NOT NULL,
    ordinal       INTEGER NOT NULL,
    CONSTRAINT indicator_action_pk PRIMARY KEY (convention_id, action_id)
);

CREATE TABLE indicator (
    convention_id    TEXT   NOT NULL,
    action_id        TEXT   NOT NULL,
    indicator_id     TEXT   NOT NULL,
    defined_sequence BIGINT NOT NULL,
    definition       JSONB  NOT NULL,
    CONSTRAINT indicator_pk PRIMARY KEY (convention_id, action_id, indicator_id)
);

-- scope_key is '*' for the indicator's whole scope, 'P:<code>' or 'C:<insee>' for a part of it. value is the
-- current value (the last correction's), recorded_value the first one; corrections is a JSON array, oldest first.
CREATE TABLE indicator_measure (
    convention_id  TEXT        NOT NULL,
    action_id      TEXT        NOT NULL,
    indicator_id   TEXT        NOT NULL,
    measure_year   INTEGER     NOT NULL,
    scope_key      TEXT        NOT NULL,
    scope          JSONB,
    recorded_value NUMERIC     NOT NULL,
    value          NUMERIC     NOT NULL,
    source         TEXT        NOT NULL,
    note           TEXT,
    recorded_by    TEXT        NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    corrections    JSONB       NOT NULL DEFAULT '[]',
    last_sequence  BIGINT      NOT NULL,
    CONSTRAINT indicator_measure_pk PRIMARY KEY (convention_id, action_id, indicator_id, measure_year, scope_key)
);
