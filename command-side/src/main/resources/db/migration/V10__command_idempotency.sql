-- The first answer to each Idempotency-Key, written in the same transaction as the events it reports:
-- either both are stored or neither, so a retried command applies exactly once.
CREATE TABLE command_idempotency (
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    status          INTEGER      NOT NULL,
    response        JSONB        NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT command_idempotency_pk PRIMARY KEY (idempotency_key)
);
