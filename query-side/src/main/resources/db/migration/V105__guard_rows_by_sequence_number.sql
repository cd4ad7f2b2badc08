-- Rows are guarded by the aggregate sequence number of the last event applied, not by a global position: an event
-- that commits late (filling a gap) is delivered with a token past it, while its sequence number within its
-- convention is exact, the same live and on rebuild, and increases with every event of the convention.
ALTER TABLE commune_approval RENAME COLUMN last_position TO last_sequence;
ALTER TABLE perimeter_approval_commune RENAME COLUMN last_position TO last_sequence;
ALTER TABLE convention_overview RENAME COLUMN last_position TO last_sequence;
ALTER TABLE action_progress RENAME COLUMN last_position TO last_sequence;
