-- How far the audit log has been shipped to each central collector (syslog):
-- the cursor moves only after the collector took the entries, so a collector
-- that is down for a day gets everything when it is back, in order.
CREATE TABLE audit_shipping (
  target text PRIMARY KEY,
  last_seq bigint NOT NULL,
  shipped_at timestamptz NOT NULL DEFAULT now()
);
