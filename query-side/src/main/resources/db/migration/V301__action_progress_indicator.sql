-- The action-progress view counts each action's indicators measured in a year and on track: it keeps, per
-- indicator, its definition and the current whole-scope value of each measured year ({"2023": 3, ...}).
CREATE TABLE action_progress_indicator (
    convention_id TEXT   NOT NULL,
    action_id     TEXT   NOT NULL,
    indicator_id  TEXT   NOT NULL,
    definition    JSONB  NOT NULL,
    yearly_values JSONB  NOT NULL DEFAULT '{}',
    last_sequence BIGINT NOT NULL,
    CONSTRAINT action_progress_indicator_pk PRIMARY KEY (convention_id, action_id, indicator_id)
);
