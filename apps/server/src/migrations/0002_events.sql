-- Domain events with a transactional outbox. A service writes its change and
-- its event in one transaction; deliveries to in-process subscribers are rows
-- of their own so each is retried, ordered per aggregate and dead-lettered
-- independently. Every process also hears each event through NOTIFY.

CREATE TABLE outbox_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id uuid NOT NULL DEFAULT uuidv7() UNIQUE,
  type text NOT NULL CHECK (type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
  aggregate_type text NOT NULL,
  aggregate_id text NOT NULL,
  unit_id uuid,
  audience jsonb NOT NULL DEFAULT '{}',
  payload jsonb NOT NULL,
  actor_id uuid,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbox_events_created ON outbox_events (created_at);

CREATE TABLE outbox_deliveries (
  event_seq bigint NOT NULL REFERENCES outbox_events(id) ON DELETE CASCADE,
  subscriber text NOT NULL,
  aggregate_key text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'dead')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (event_seq, subscriber)
);
CREATE INDEX outbox_deliveries_due ON outbox_deliveries (next_attempt_at, event_seq) WHERE status = 'pending';
CREATE INDEX outbox_deliveries_order ON outbox_deliveries (subscriber, aggregate_key, event_seq) WHERE status = 'pending';
CREATE INDEX outbox_deliveries_dead ON outbox_deliveries (updated_at) WHERE status = 'dead';
