-- Issue 16, the law of the route in the views. The read models gain columns that only a replay fills: after this
-- migration, rebuild them once (POST /api/v1/admin/rebuild, or --ctg.query.rebuild.on-startup=true).

-- Commune approval: the EPCI's council has its own row (kind EPCI, no perimeter), keyed like its route events by its
-- SIREN; the council figures of the latest vote as corrected, the publication's mode and address, the prefect's
-- control (the window end is computed from these columns by fr.ctg.route.LegalityControl), how the last adopted
-- deliberation ended, and every legality event of the council in order.
ALTER TABLE commune_approval
    ADD COLUMN kind               TEXT  NOT NULL DEFAULT 'COMMUNE',
    ALTER COLUMN perimeter_code DROP NOT NULL,
    ADD COLUMN members_in_office  INTEGER,
    ADD COLUMN present            INTEGER,
    ADD COLUMN represented        INTEGER,
    ADD COLUMN quorum_lacking_on  DATE,
    ADD COLUMN publication_mode   TEXT,
    ADD COLUMN publication_url    TEXT,
    ADD COLUMN letter_kind        TEXT,
    ADD COLUMN letter_received_on DATE,
    ADD COLUMN letter_answered_on DATE,
    ADD COLUMN referred_on        DATE,
    ADD COLUMN ending             TEXT,
    ADD COLUMN ended_on           DATE,
    ADD COLUMN legality_events    JSONB NOT NULL DEFAULT '[]';

-- Convention overview: every party (the CAF, the EPCI, the communes, the others), its route facts when it has a
-- route, its SIRET and its signature. It replaces convention_overview_commune (communes are parties of kind COMMUNE).
ALTER TABLE convention_overview
    ADD COLUMN caf_board_decided_on DATE,
    ADD COLUMN caf_board_reference  TEXT;

CREATE TABLE convention_overview_party (
    convention_id         TEXT    NOT NULL,
    party_id              TEXT    NOT NULL,
    ordinal               INTEGER NOT NULL,
    kind                  TEXT    NOT NULL,
    name                  TEXT    NOT NULL,
    siret                 TEXT,
    perimeter_code        TEXT,
    population            INTEGER,
    stage                 TEXT,
    transmitted           BOOLEAN NOT NULL DEFAULT FALSE,
    published             BOOLEAN NOT NULL DEFAULT FALSE,
    ending                TEXT,
    ended_on              DATE,
    ended_after_signature BOOLEAN NOT NULL DEFAULT FALSE,
    signed_on             DATE,
    signatory_name        TEXT,
    signatory_role        TEXT,
    CONSTRAINT convention_overview_party_pk PRIMARY KEY (convention_id, party_id)
);

DROP TABLE convention_overview_commune;
