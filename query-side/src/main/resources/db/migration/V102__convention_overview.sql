-- Read model "convention overview": one row per convention (stage, milestones) plus the commune stages its totals
-- are aggregated from. The convention row's last_position guards both tables: every event of a convention
-- passes through it.
CREATE TABLE convention_overview (
    convention_id         TEXT        NOT NULL,
    name                  TEXT        NOT NULL,
    caf                   TEXT,
    period_start          INTEGER     NOT NULL,
    period_end            INTEGER     NOT NULL,
    stage                 TEXT        NOT NULL,
    defined_at            TIMESTAMPTZ NOT NULL,
    first_presentation_on DATE,
    first_vote_on         DATE,
    first_adoption_on     DATE,
    first_executory_on    DATE,
    ready_to_sign_on      DATE,
    signed_on             DATE,
    signatories           JSONB,
    last_position         BIGINT      NOT NULL,
    CONSTRAINT convention_overview_pk PRIMARY KEY (convention_id)
);

CREATE TABLE convention_overview_commune (
    convention_id  TEXT    NOT NULL,
    insee_code     TEXT    NOT NULL,
    perimeter_code TEXT    NOT NULL,
    population     INTEGER NOT NULL,
    stage          TEXT    NOT NULL,
    CONSTRAINT convention_overview_commune_pk PRIMARY KEY (convention_id, insee_code)
);
