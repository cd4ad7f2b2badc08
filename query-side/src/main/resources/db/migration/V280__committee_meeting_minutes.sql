-- Read model "meeting": each meeting's minutes (issue 17), the SHA-256 of the document last attached as its
-- MINUTES; last_sequence is that attachment's sequence number, so that an older one delivered again replaces
-- nothing. A table of its own rather than a column of committee_meeting: V280 runs before V310 on a new database.
-- (committee_meeting.minutes_document_id, kept by V310 for this, stays null.)
CREATE TABLE committee_minutes (
    convention_id TEXT   NOT NULL,
    meeting_id    TEXT   NOT NULL,
    sha256        TEXT   NOT NULL,
    last_sequence BIGINT NOT NULL,
    CONSTRAINT committee_minutes_pk PRIMARY KEY (convention_id, meeting_id)
);
