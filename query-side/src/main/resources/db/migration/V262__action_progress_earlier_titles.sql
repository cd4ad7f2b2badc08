-- Read model "action-progress" (issue 19): the titles an action had before an amendment reworded it, oldest first,
-- each with the day the next one came into force ({"until": "2025-03-03", "title": "..."}): a row shows the title of
-- the version in force on the view's day, title being the latest.
ALTER TABLE action_progress
    ADD COLUMN earlier_titles JSONB NOT NULL DEFAULT '[]';
