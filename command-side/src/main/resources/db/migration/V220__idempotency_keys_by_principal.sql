-- Idempotency keys are scoped by principal: another user's key neither tells anything (no 422 oracle) nor blocks
-- anyone. An existing row gets the principal of the command it answered, read from the metadata of the event at
-- the answer's convention and version; a row whose event cannot be found keeps an empty principal, which no user
-- has, so it answers no one (its command was applied once; nothing else depends on the row).
ALTER TABLE command_idempotency ADD COLUMN principal TEXT;

UPDATE command_idempotency AS answer
SET principal = COALESCE((
    SELECT event.meta_data ->> 'principal'
    FROM domain_event_entry AS event
    WHERE event.aggregate_identifier = answer.response ->> 'conventionId'
      AND event.sequence_number = (answer.response ->> 'version')::BIGINT), '');

ALTER TABLE command_idempotency ALTER COLUMN principal SET NOT NULL;
ALTER TABLE command_idempotency DROP CONSTRAINT command_idempotency_pk;
ALTER TABLE command_idempotency ADD CONSTRAINT command_idempotency_pk PRIMARY KEY (principal, idempotency_key);
