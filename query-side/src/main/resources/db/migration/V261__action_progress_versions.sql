-- Read model "action-progress" and the plan's versions (issue 19): an action an amendment brought into force counts
-- from that day (in_force_from; null for the actions of version 1), an action it ended (dropped, merged, split)
-- counts until the day before (ended_on, ended_by_amendment). plan_version is the version whose sheet the row shows:
-- an amendment's rewording applies once, whatever the order of delivery.
ALTER TABLE action_progress
    ADD COLUMN in_force_from      DATE,
    ADD COLUMN ended_on           DATE,
    ADD COLUMN ended_by_amendment INTEGER,
    ADD COLUMN plan_version       INTEGER NOT NULL DEFAULT 1;
