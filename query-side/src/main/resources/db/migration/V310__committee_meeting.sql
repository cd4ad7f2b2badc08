-- Read model "meeting": a convention's committee meetings and their decisions. committee_convention says which
-- conventions the view has seen (a convention with no meeting answers an empty list, an unknown one 404).
-- minutes_document_id stays null until documents can be attached (issue 17).
CREATE TABLE committee_convention (
    convention_id TEXT NOT NULL,
    CONSTRAINT committee_convention_pk PRIMARY KEY (convention_id)
);

CREATE TABLE committee_meeting (
    convention_id       TEXT   NOT NULL,
    meeting_id          TEXT   NOT NULL,
    kind                TEXT   NOT NULL,
    meeting_date        DATE   NOT NULL,
    place               TEXT,
    attendees           JSONB  NOT NULL,
    agenda              JSONB  NOT NULL,
    minutes_document_id TEXT,
    recorded_sequence   BIGINT NOT NULL,
    CONSTRAINT committee_meeting_pk PRIMARY KEY (convention_id, meeting_id)
);

-- One row per decision event, keyed by the event's sequence number in its convention: a redelivered event finds
-- its row there and inserts nothing.
CREATE TABLE committee_decision (
    convention_id   TEXT   NOT NULL,
    sequence_number BIGINT NOT NULL,
    meeting_id      TEXT   NOT NULL,
    kind            TEXT   NOT NULL,
    report_year     INTEGER,
    action_id       TEXT,
    previous_status TEXT,
    status          TEXT,
    reason          TEXT,
    text            TEXT,
    CONSTRAINT committee_decision_pk PRIMARY KEY (convention_id, sequence_number)
);

CREATE INDEX committee_decision_meeting ON committee_decision (convention_id, meeting_id);
