-- Local accounts of the embedded default (an OpenID Connect provider replaces them in production), and the
-- conventions each coordinator may change: the service keeps those assignments itself in either mode.
CREATE TABLE account (
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT account_pk PRIMARY KEY (username)
);

CREATE TABLE coordinator_assignment (
    convention_id VARCHAR(64)  NOT NULL,
    username      VARCHAR(100) NOT NULL,
    assigned_at   TIMESTAMPTZ  NOT NULL,
    assigned_by   VARCHAR(100) NOT NULL,
    CONSTRAINT coordinator_assignment_pk PRIMARY KEY (convention_id, username)
);
