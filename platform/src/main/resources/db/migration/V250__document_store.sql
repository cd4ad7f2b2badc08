-- The document store (docs/adr, "documents"): each document once, keyed by the SHA-256 of its bytes, which the event
-- attaching it carries (so the hash chain covers the content). bytea, not large objects: a row is written and rolled
-- back with the event's transaction, and dumps, replication and the roles treat it like any other row.
CREATE TABLE document (
    sha256     CHAR(64)    NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes BIGINT      NOT NULL CHECK (size_bytes > 0),
    media_type TEXT        NOT NULL,
    content    BYTEA       NOT NULL,
    stored_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT document_pk PRIMARY KEY (sha256),
    CONSTRAINT document_size_matches CHECK (octet_length(content) = size_bytes)
);
-- PDFs, images and ODF files are compressed already: stored out of line without another compression attempt.
ALTER TABLE document ALTER COLUMN content SET STORAGE EXTERNAL;

-- The service adds and reads documents, never changes nor removes one (an event may reference it); a document
-- of a refused command is never there, its insert is rolled back with the command. Only maintenance may repair.
REVOKE ALL ON document FROM ${service-role};
GRANT SELECT, INSERT ON document TO ${service-role};
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON document TO ${maintenance-role};
