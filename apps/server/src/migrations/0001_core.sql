-- Core: administrative units and agencies, accounts, memberships, sessions,
-- API keys, verification codes, the hash-chained audit log and app secrets.

CREATE EXTENSION IF NOT EXISTS ltree;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE; an IMMUTABLE wrapper with the dictionary named
-- explicitly lets indexes use it (Vietnamese search ignores diacritics).
CREATE FUNCTION vn_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;

CREATE TABLE units (
  id uuid PRIMARY KEY DEFAULT uuidv7(),
  parent_id uuid REFERENCES units(id),
  path ltree NOT NULL,
  kind text NOT NULL CHECK (kind IN ('province', 'district', 'ward', 'agency')),
  admin_code text UNIQUE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  name_en text,
  full_name text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 300),
  full_name_en text,
  phone text,
  email text,
  address text,
  area_km2 numeric(12, 2),
  boundary jsonb,
  boundary_simple jsonb,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid
);
CREATE INDEX units_path_gist ON units USING gist (path);
CREATE INDEX units_parent ON units (parent_id);
CREATE INDEX units_name_trgm ON units USING gin (vn_fold(full_name) gin_trgm_ops);

-- The tree path is derived from parent_id, so the database keeps it right for
-- every writer and refuses a move that would make a cycle.
CREATE FUNCTION units_set_path() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent_path ltree;
  label ltree := text2ltree('u' || replace(NEW.id::text, '-', ''));
BEGIN
  IF NEW.parent_id IS NULL THEN
    NEW.path := label;
  ELSE
    SELECT path INTO parent_path FROM units WHERE id = NEW.parent_id;
    IF parent_path IS NULL THEN
      RAISE EXCEPTION 'parent unit % does not exist', NEW.parent_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF TG_OP = 'UPDATE' AND parent_path <@ OLD.path THEN
      RAISE EXCEPTION 'unit cannot move under its own descendant' USING ERRCODE = 'check_violation';
    END IF;
    NEW.path := parent_path || label;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.path IS DISTINCT FROM OLD.path THEN
    UPDATE units SET path = NEW.path || subpath(path, nlevel(OLD.path))
      WHERE path <@ OLD.path AND id <> OLD.id;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER units_path BEFORE INSERT OR UPDATE OF parent_id ON units
  FOR EACH ROW EXECUTE FUNCTION units_set_path();

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT uuidv7(),
  username text UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
  email text UNIQUE,
  phone text UNIQUE,
  full_name text NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
  password_hash text,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('pending', 'active', 'disabled')),
  disabled_reason text,
  account_type text NOT NULL DEFAULT 'staff' CHECK (account_type IN ('staff', 'citizen', 'business')),
  totp_secret text,
  totp_enabled boolean NOT NULL DEFAULT false,
  totp_last_step bigint,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  last_active_at timestamptz,
  password_changed_at timestamptz,
  oidc_subject text UNIQUE,
  locale text NOT NULL DEFAULT 'vi' CHECK (locale IN ('vi', 'en')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  CHECK (username IS NOT NULL OR email IS NOT NULL OR phone IS NOT NULL)
);
CREATE INDEX users_name_trgm ON users USING gin (vn_fold(full_name) gin_trgm_ops);

CREATE TABLE memberships (
  id uuid PRIMARY KEY DEFAULT uuidv7(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES units(id),
  role text NOT NULL CHECK (role IN ('citizen', 'business', 'officer', 'unit_leader', 'operator', 'leader', 'admin', 'system')),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  UNIQUE (user_id, unit_id, role)
);
CREATE INDEX memberships_unit ON memberships (unit_id);

CREATE TABLE sessions (
  token_hash bytea PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  auth_method text NOT NULL CHECK (auth_method IN ('password', 'oidc')),
  mfa_passed boolean NOT NULL,
  idle_seconds integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  ip text,
  user_agent text
);
CREATE INDEX sessions_user ON sessions (user_id) WHERE revoked_at IS NULL;

CREATE TABLE api_keys (
  id uuid PRIMARY KEY DEFAULT uuidv7(),
  prefix text NOT NULL UNIQUE,
  secret_hash bytea NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  unit_id uuid NOT NULL REFERENCES units(id),
  roles text[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  last_used_at timestamptz,
  expires_at timestamptz,
  revoked_at timestamptz
);

CREATE TABLE verification_codes (
  id uuid PRIMARY KEY DEFAULT uuidv7(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  contact text NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('register')),
  code_hash bytea NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  expires_at timestamptz NOT NULL,
  consumed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX verification_codes_contact ON verification_codes (contact, purpose);

-- Append-only, hash-chained: each row stores the hash of the previous one.
CREATE TABLE audit_log (
  seq bigint PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id uuid,
  actor_label text,
  action text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed')),
  target_type text,
  target_id text,
  unit_id uuid,
  ip text,
  user_agent text,
  before jsonb,
  after jsonb,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);
CREATE INDEX audit_log_action ON audit_log (action, at);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id);

-- Where the chain starts after retention removed older rows.
CREATE TABLE audit_anchor (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  seq bigint NOT NULL,
  hash text NOT NULL,
  purged_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('vioc.audit_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_guard();

CREATE TABLE app_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
