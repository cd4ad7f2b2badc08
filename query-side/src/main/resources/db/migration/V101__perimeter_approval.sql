-- Read model "perimeter approval": the per-commune facts it needs, kept by its own processor (it cannot read the
-- commune approval table, which another processor fills at its own pace); counts, shares and blockers are
-- aggregated from these rows when asked.
CREATE TABLE perimeter_approval_commune (
    convention_id     TEXT    NOT NULL,
    insee_code        TEXT    NOT NULL,
    ordinal           INTEGER NOT NULL,
    perimeter_code    TEXT    NOT NULL,
    perimeter_name    TEXT    NOT NULL,
    perimeter_ordinal INTEGER NOT NULL,
    commune_name      TEXT    NOT NULL,
    population        INTEGER NOT NULL,
    stage             TEXT    NOT NULL,
    transmitted       BOOLEAN NOT NULL DEFAULT FALSE,
    published         BOOLEAN NOT NULL DEFAULT FALSE,
    last_position     BIGINT  NOT NULL,
    CONSTRAINT perimeter_approval_commune_pk PRIMARY KEY (convention_id, insee_code)
);
CREATE INDEX perimeter_approval_commune_perimeter_idx ON perimeter_approval_commune (convention_id, perimeter_code);
