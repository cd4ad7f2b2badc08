-- Read model "commune approval": one row per commune of a convention, where it stands on the route.
-- last_position is the global index of the last event applied to the row: a redelivered event (at-least-once)
-- carries a position not above it and is ignored. Text columns have no length limit so that a projection never
-- stops on data the command side accepted.
CREATE TABLE commune_approval (
    convention_id            TEXT    NOT NULL,
    insee_code               TEXT    NOT NULL,
    ordinal                  INTEGER NOT NULL,
    perimeter_code           TEXT    NOT NULL,
    commune_name             TEXT    NOT NULL,
    population               INTEGER NOT NULL,
    stage                    TEXT    NOT NULL,
    presented_on             DATE,
    voted_on                 DATE,
    votes_held               INTEGER NOT NULL DEFAULT 0,
    outcome                  TEXT,
    ballot                   TEXT,
    votes_for                INTEGER,
    votes_against            INTEGER,
    abstentions              INTEGER,
    not_taking_part          INTEGER,
    deliberation_number      TEXT,
    actes_id                 TEXT,
    transmission_sent_on     DATE,
    transmission_received_on DATE,
    published_on             DATE,
    executory_on             DATE,
    withdrawn_on             DATE,
    withdrawal_reason        TEXT,
    last_position            BIGINT  NOT NULL,
    CONSTRAINT commune_approval_pk PRIMARY KEY (convention_id, insee_code)
);
CREATE INDEX commune_approval_filter_idx ON commune_approval (convention_id, perimeter_code, stage);
