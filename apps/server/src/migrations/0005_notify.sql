-- Notifications (core/notify): the in-app inbox, per-user channel preferences,
-- browsers' Web Push subscriptions, and the delivery record of every message
-- sent through an external channel (email, SMS, web push). The inbox row is
-- written at once; external deliveries are sent by background jobs and retried,
-- so an SMTP or SMS outage delays a message instead of losing it.

CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT uuidv7(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  template text NOT NULL CHECK (template ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
  title text NOT NULL,
  body text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  read_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notifications_user ON notifications (user_id, created_at DESC, id DESC);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;

-- One row per user and template category; no row = the category's defaults.
CREATE TABLE notification_preferences (
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  category text NOT NULL CHECK (category ~ '^[a-z][a-z0-9_]*$'),
  channels text[] NOT NULL CHECK (channels <@ ARRAY['inbox', 'email', 'sms', 'push']::text[]),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, category)
);

-- A browser's PushSubscription (endpoint + keys). One endpoint belongs to the
-- last user who subscribed with it (a shared computer changes hands).
CREATE TABLE push_subscriptions (
  id uuid PRIMARY KEY DEFAULT uuidv7(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  endpoint text NOT NULL UNIQUE CHECK (length(endpoint) BETWEEN 10 AND 2000),
  p256dh text NOT NULL,
  auth text NOT NULL,
  user_agent text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_success_at timestamptz
);
CREATE INDEX push_subscriptions_user ON push_subscriptions (user_id);

-- recipient: the email address, the phone number (E.164) or the push
-- subscription id. content: the rendered message the job sends; cleared once
-- the delivery is settled when the template is sensitive (verification codes).
-- locked_until: the lease of the worker sending it, so a job delivered twice
-- never sends twice.
CREATE TABLE notification_deliveries (
  id uuid PRIMARY KEY DEFAULT uuidv7(),
  notification_id uuid REFERENCES notifications(id) ON DELETE CASCADE,
  user_id uuid REFERENCES users(id) ON DELETE CASCADE,
  channel text NOT NULL CHECK (channel IN ('email', 'sms', 'push')),
  recipient text NOT NULL,
  template text NOT NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  provider_id text,
  content jsonb,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  last_attempt_at timestamptz,
  sent_at timestamptz,
  CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
CREATE INDEX notification_deliveries_notification ON notification_deliveries (notification_id);
CREATE INDEX notification_deliveries_user ON notification_deliveries (user_id, created_at);
CREATE INDEX notification_deliveries_status ON notification_deliveries (status, created_at);
