-- Resume and catch-up must not miss an event whose transaction took a lower
-- seq but committed after a higher one (seq is taken at INSERT, visibility
-- comes at COMMIT). Each event remembers its transaction (xid) and the oldest
-- transaction still running when it was written (horizon). A transaction that
-- commits after event L became visible was running at L's insert or started
-- later, so its xid is >= L's horizon: "seq > L, or xid >= horizon(L)" is a
-- superset of what a reader of L may have missed; readers drop repeats by seq.
-- Columns are added without a volatile default first so the table is not
-- rewritten; rows written before this migration have NULLs (no horizon).
ALTER TABLE outbox_events ADD COLUMN xid xid8;
ALTER TABLE outbox_events ADD COLUMN horizon xid8;
ALTER TABLE outbox_events ALTER COLUMN xid SET DEFAULT pg_current_xact_id();
ALTER TABLE outbox_events ALTER COLUMN horizon SET DEFAULT pg_snapshot_xmin(pg_current_snapshot());
CREATE INDEX outbox_events_xid ON outbox_events (xid);
