-- Citizen field reports (phản ánh hiện trường), modules/reports: categories
-- (lĩnh vực), routing rules, reports, the reporter's identity kept apart,
-- the timeline of every transition, SOP checklists, internal comments,
-- deadline extensions, duplicate candidates and idempotent submissions.

-- Categories form a tree (Giao thông → Hư hỏng mặt đường). Each says how many
-- working days handling may take, who is responsible by default (the People's
-- Committee of the ward where it happened, or one agency), its SOP steps and
-- whether its reports are public by default.
CREATE TABLE report_categories (
  id uuid PRIMARY KEY DEFAULT uuidv7(),
  parent_id uuid REFERENCES report_categories(id),
  code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9_.-]{0,49}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  name_en text CHECK (length(name_en) <= 200),
  description text CHECK (length(description) <= 2000),
  handling_days integer NOT NULL CHECK (handling_days BETWEEN 1 AND 60),
  responsible_kind text NOT NULL CHECK (responsible_kind IN ('ward', 'agency')),
  responsible_unit_id uuid REFERENCES units(id),
  sop_items text[] NOT NULL DEFAULT '{}' CHECK (cardinality(sop_items) <= 30),
  public_by_default boolean NOT NULL DEFAULT true,
  active boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 0,
  -- The unit whose administrators manage the category (the province).
  unit_id uuid NOT NULL REFERENCES units(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  CHECK ((responsible_kind = 'agency') = (responsible_unit_id IS NOT NULL)),
  CHECK (parent_id IS DISTINCT FROM id)
);
CREATE INDEX report_categories_parent ON report_categories (parent_id);

-- "This category goes to that agency", optionally only in some wards; a rule
-- beats the category's default, a ward-limited rule beats a province-wide one.
CREATE TABLE report_routing_rules (
  id uuid PRIMARY KEY DEFAULT uuidv7(),
  category_id uuid NOT NULL REFERENCES report_categories(id),
  target_unit_id uuid NOT NULL REFERENCES units(id),
  ward_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(ward_ids) <= 200),
  note text CHECK (length(note) <= 500),
  active boolean NOT NULL DEFAULT true,
  unit_id uuid NOT NULL REFERENCES units(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid
);
CREATE INDEX report_routing_rules_category ON report_routing_rules (category_id) WHERE active;

-- Human codes PA-<year>-<n>: one counter row per year, incremented in the
-- submitting transaction (a rolled-back submission gives its number back).
CREATE TABLE report_code_counters (
  year integer PRIMARY KEY,
  last_value integer NOT NULL CHECK (last_value > 0)
);

CREATE TABLE reports (
  id uuid PRIMARY KEY DEFAULT uuidv7(),
  code text NOT NULL UNIQUE,
  channel text NOT NULL CHECK (channel IN ('web', 'email', 'hotline', 'open311', 'social')),
  category_id uuid NOT NULL REFERENCES report_categories(id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
  lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
  -- For GiST "within this box" searches (duplicates, map viewport); x = lon, y = lat.
  location point GENERATED ALWAYS AS (point(lon, lat)) STORED,
  address text CHECK (length(address) <= 300),
  location_source text NOT NULL CHECK (location_source IN ('map', 'gps', 'exif')),
  -- Where: the smallest administrative unit containing the place (a ward; the
  -- province where ward boundaries leave a gap). Scope of the IOC and leaders.
  area_unit_id uuid NOT NULL REFERENCES units(id),
  -- Who handles it now. Scope of the unit's officers and leader.
  assigned_unit_id uuid REFERENCES units(id),
  assignee_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  status text NOT NULL CHECK (status IN ('received', 'verified', 'rejected', 'assigned', 'in_progress',
    'answer_drafted', 'answer_approved', 'published', 'rated', 'closed')),
  is_public boolean NOT NULL,
  anonymous boolean NOT NULL DEFAULT false,
  confidential boolean NOT NULL DEFAULT false,
  reject_reason text CHECK (reject_reason IN ('spam', 'out_of_scope', 'duplicate')),
  duplicate_of uuid REFERENCES reports(id),
  answer text CHECK (length(answer) <= 10000),
  answer_drafted_at timestamptz,
  answer_drafted_by uuid,
  answer_approved_at timestamptz,
  answer_approved_by uuid,
  published_at timestamptz,
  rating smallint CHECK (rating BETWEEN 1 AND 5),
  rating_comment text CHECK (length(rating_comment) <= 2000),
  rated_at timestamptz,
  info_question text CHECK (length(info_question) <= 2000),
  info_requested_at timestamptz,
  verified_at timestamptz,
  assigned_at timestamptz,
  closed_at timestamptz,
  -- Deadline in working days from verification (or reopening); extended by approved requests.
  due_at timestamptz,
  reminded_at timestamptz,
  -- Set once by the overdue job: "was overdue", kept for statistics after handling.
  overdue_at timestamptz,
  reopen_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  CHECK ((status = 'rejected') = (reject_reason IS NOT NULL)),
  CHECK (duplicate_of IS NULL OR reject_reason = 'duplicate'),
  CHECK (duplicate_of IS DISTINCT FROM id)
);
CREATE INDEX reports_status_created ON reports (status, created_at DESC);
CREATE INDEX reports_location ON reports USING gist (location);
CREATE INDEX reports_assigned ON reports (assigned_unit_id, status) WHERE assigned_unit_id IS NOT NULL;
CREATE INDEX reports_area ON reports (area_unit_id, created_at DESC);
CREATE INDEX reports_category ON reports (category_id, created_at DESC);
CREATE INDEX reports_assignee ON reports (assignee_user_id) WHERE assignee_user_id IS NOT NULL;
CREATE INDEX reports_duplicate_of ON reports (duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX reports_open_due ON reports (due_at)
  WHERE status IN ('verified', 'assigned', 'in_progress', 'answer_drafted', 'answer_approved');
CREATE INDEX reports_public_created ON reports (created_at DESC)
  WHERE is_public AND status NOT IN ('received', 'rejected');
-- Diacritics-insensitive search and duplicate detection (pg_trgm on the folded text).
CREATE INDEX reports_text_trgm ON reports USING gin (vn_fold(title || ' ' || description) gin_trgm_ops);

-- Who reported: kept apart from the report, so no public query, export or
-- event can reach it by accident; read only where the viewer may see it.
CREATE TABLE report_reporters (
  report_id uuid PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
  user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  name text CHECK (length(name) <= 200),
  phone text CHECK (length(phone) <= 20),
  email text CHECK (length(email) <= 254),
  -- Normalised phone, email or account: per-contact rate limit.
  contact_key text NOT NULL,
  -- SHA-256 of the guest's tracking token (follow-up, rating without an account).
  token_hash bytea,
  ip text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX report_reporters_user ON report_reporters (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX report_reporters_contact ON report_reporters (contact_key, created_at);

-- Every transition (and a few non-transition steps): the timeline. visibility
-- says who may see the entry: staff only, also the reporter, or everyone.
CREATE TABLE report_history (
  id uuid PRIMARY KEY DEFAULT uuidv7(),
  report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  action text NOT NULL CHECK (action ~ '^[a-z_]{1,40}$'),
  from_status text,
  to_status text NOT NULL,
  actor_id uuid,
  actor_label text,
  unit_id uuid REFERENCES units(id),
  note text CHECK (length(note) <= 10000),
  visibility text NOT NULL CHECK (visibility IN ('internal', 'reporter', 'public')),
  data jsonb
);
CREATE INDEX report_history_report ON report_history (report_id, at);

-- The category's SOP steps, copied when the report is received so later edits
-- of the category do not rewrite the procedure of reports already running.
CREATE TABLE report_checklist_items (
  report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  position smallint NOT NULL CHECK (position BETWEEN 0 AND 29),
  text text NOT NULL,
  done_at timestamptz,
  done_by uuid,
  done_by_label text,
  PRIMARY KEY (report_id, position)
);

-- Internal comments between the IOC and the handling units; never public.
CREATE TABLE report_comments (
  id uuid PRIMARY KEY DEFAULT uuidv7(),
  report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  author_id uuid,
  author_label text,
  unit_id uuid REFERENCES units(id),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX report_comments_report ON report_comments (report_id, created_at);

-- An officer asks for more working days; the unit leader decides.
CREATE TABLE report_extensions (
  id uuid PRIMARY KEY DEFAULT uuidv7(),
  report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  days integer NOT NULL CHECK (days BETWEEN 1 AND 30),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  requested_by uuid,
  requested_at timestamptz NOT NULL,
  decided_by uuid,
  decided_at timestamptz,
  decision_note text CHECK (length(decision_note) <= 2000),
  due_before timestamptz,
  due_after timestamptz
);
CREATE UNIQUE INDEX report_extensions_one_pending ON report_extensions (report_id) WHERE status = 'pending';

-- Possible duplicates found at intake (same category, near, recent, similar text).
CREATE TABLE report_duplicate_candidates (
  report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  candidate_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  distance_m real NOT NULL,
  similarity real NOT NULL,
  found_at timestamptz NOT NULL,
  PRIMARY KEY (report_id, candidate_id)
);
CREATE INDEX report_duplicate_candidates_candidate ON report_duplicate_candidates (candidate_id);

-- Idempotency-Key: (submitter, key) hashed → the report it created. The
-- request's hash tells a genuine retry from a different report under a reused key.
CREATE TABLE report_submissions (
  key_hash text PRIMARY KEY,
  request_hash text NOT NULL,
  report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now()
);
