-- Read model "action progress": one row per action sheet with its current status. perimeter_codes is the scope
-- resolved to perimeters (whole perimeters plus the perimeters of the scope's communes), computed once from the
-- convention's membership, which action_progress_commune keeps for actions added later.
CREATE TABLE action_progress (
    convention_id   TEXT    NOT NULL,
    action_id       TEXT    NOT NULL,
    ordinal         INTEGER NOT NULL,
    title           TEXT    NOT NULL,
    theme_code      TEXT,
    stake_code      TEXT,
    level           TEXT    NOT NULL,
    period_start    INTEGER NOT NULL,
    period_end      INTEGER NOT NULL,
    scope           JSONB   NOT NULL,
    perimeter_codes JSONB   NOT NULL,
    status          TEXT    NOT NULL,
    status_on       DATE,
    note            TEXT,
    reason          TEXT,
    status_updates  INTEGER NOT NULL DEFAULT 0,
    last_position   BIGINT  NOT NULL,
    CONSTRAINT action_progress_pk PRIMARY KEY (convention_id, action_id)
);

CREATE TABLE action_progress_commune (
    convention_id  TEXT NOT NULL,
    insee_code     TEXT NOT NULL,
    perimeter_code TEXT NOT NULL,
    CONSTRAINT action_progress_commune_pk PRIMARY KEY (convention_id, insee_code)
);
