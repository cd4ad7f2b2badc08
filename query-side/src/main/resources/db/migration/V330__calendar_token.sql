-- The secret of each user's reminder calendar feed (docs/reminders.md): one per user, only its SHA-256 kept, so the
-- database never holds a usable token. A new token replaces the old one; revoking deletes the row.
-- all_conventions: the feed shows every convention (auditor, administrator, reader) rather than the user's own.
CREATE TABLE calendar_token (
    username        TEXT        NOT NULL,
    token_sha256    TEXT        NOT NULL,
    all_conventions BOOLEAN     NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT calendar_token_pk PRIMARY KEY (username),
    CONSTRAINT calendar_token_hash_unique UNIQUE (token_sha256)
);
