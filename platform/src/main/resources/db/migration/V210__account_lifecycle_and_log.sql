-- Accounts are disabled, never deleted: an account's name is the principal of its events, so it must never be
-- given to someone else.
ALTER TABLE account ADD COLUMN disabled_at TIMESTAMPTZ;

-- Every account operation, append-only: who did it, when, to which account, and the roles before and after.
-- Never a password nor a hash.
CREATE TABLE account_log (
    position      BIGINT GENERATED ALWAYS AS IDENTITY,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    account       VARCHAR(100) NOT NULL,
    operation     VARCHAR(40)  NOT NULL,
    roles_before  VARCHAR(200),
    roles_after   VARCHAR(200),
    convention_id VARCHAR(64),
    CONSTRAINT account_log_pk PRIMARY KEY (position),
    CONSTRAINT account_log_operation_ck CHECK (operation IN ('CREATED', 'DISABLED', 'ENABLED', 'ROLES_CHANGED',
        'PASSWORD_RESET', 'OWN_PASSWORD_CHANGED', 'ASSIGNMENT_ADDED', 'ASSIGNMENT_REMOVED'))
);

CREATE INDEX account_log_account_ix ON account_log (account, position);

-- Append-only for everyone, the table's owner included, except the documented maintenance role: the service's
-- own role must not be able to rewrite who did what.
CREATE FUNCTION account_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_user = '${maintenance-role}' THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION 'account_log is append-only: % refused for %', TG_OP, current_user
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER account_log_no_update_or_delete BEFORE UPDATE OR DELETE ON account_log
    FOR EACH ROW EXECUTE FUNCTION account_log_append_only();
CREATE TRIGGER account_log_no_truncate BEFORE TRUNCATE ON account_log
    FOR EACH STATEMENT EXECUTE FUNCTION account_log_append_only();

-- And the service role is not even granted those rights (V200's default privileges would give them).
REVOKE UPDATE, DELETE, TRUNCATE ON account_log FROM ${service-role};
