-- The query-side processes alive: each one writes its row every few seconds (database clock, so that nodes on
-- different machines need not agree on the time) and deletes it when it stops cleanly. A node claims at most its
-- share of each processor's segments, counted against the rows seen recently, so that query nodes split the work.
CREATE TABLE query_node (
    node_id   TEXT        NOT NULL,
    last_seen TIMESTAMPTZ NOT NULL,
    CONSTRAINT query_node_pk PRIMARY KEY (node_id)
);
