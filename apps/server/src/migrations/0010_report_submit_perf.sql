-- Report codes PA-<year>-<n> from one sequence per year instead of the
-- report_code_counters row. The row was updated inside every submitting
-- transaction and stayed locked until its commit, so all submissions queued
-- behind one another for their whole transaction (measured: ~8 ms each, a
-- ceiling of ~120 submissions/s). nextval() locks nothing until commit.
--
-- Trade-off: a sequence does not give a number back when the transaction
-- rolls back, so codes may have gaps (a refused media file, an idempotency
-- race, a crash). Codes stay unique (reports.code is UNIQUE) and ordered by
-- the moment the number was taken, not by commit.
--
-- The sequence of a year is created on first use, starting after the highest
-- number already used that year: the counter row (written by earlier
-- versions and by the demo seed) and the codes of existing reports.
-- report_code_counters stays: writers that reserve a block there (the demo
-- seed) push the year's sequence past the block through the trigger below.

CREATE FUNCTION report_code_sequence(y integer) RETURNS regclass LANGUAGE plpgsql AS $$
DECLARE
  name text := 'report_code_' || y;
  used bigint;
BEGIN
  IF to_regclass(name) IS NULL THEN
    BEGIN
      EXECUTE format('CREATE SEQUENCE %I AS bigint MINVALUE 1', name);
      SELECT greatest(
               (SELECT last_value FROM report_code_counters WHERE year = y),
               (SELECT max(substring(code FROM '^PA-[0-9]{4}-([0-9]+)$')::bigint)
                  FROM reports WHERE code LIKE 'PA-' || y || '-%'))
        INTO used;
      IF used IS NOT NULL THEN
        PERFORM setval(name::regclass, used);
      END IF;
    EXCEPTION WHEN duplicate_table OR unique_violation THEN
      -- Another submission created it at the same moment (and committed): use theirs.
      NULL;
    END;
  END IF;
  RETURN name::regclass;
END $$;

-- The next number of the year (Vietnam year, chosen by the caller).
CREATE FUNCTION report_code_next(y integer) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
  RETURN nextval(report_code_sequence(y));
END $$;

-- A writer that reserves a block of numbers in the counter table (the demo
-- seed: last_value = last_value + n RETURNING last_value, block = the n
-- numbers below it) gets a block past what the sequence handed out, and the
-- sequence continues after the block. Not atomic against concurrent
-- submissions: meant for seeding, not for live traffic.
CREATE FUNCTION report_code_counters_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  seq regclass := to_regclass('report_code_' || NEW.year);
  issued bigint;
  n bigint := NEW.last_value - CASE WHEN TG_OP = 'UPDATE' THEN OLD.last_value ELSE 0 END;
BEGIN
  IF seq IS NOT NULL THEN
    EXECUTE format('SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM %s', seq) INTO issued;
    NEW.last_value := greatest(NEW.last_value, issued + n);
    IF NEW.last_value > issued THEN
      PERFORM setval(seq, NEW.last_value);
    END IF;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER report_code_counters_sync BEFORE INSERT OR UPDATE ON report_code_counters
  FOR EACH ROW EXECUTE FUNCTION report_code_counters_sync();

-- Audit chain: entries are linked at commit, by the database.
--
-- Before, record() took the chain lock (an advisory transaction lock), read
-- the head and inserted the row in three round trips, and the lock stayed
-- held until the caller's COMMIT arrived: every audited write of the whole
-- server waited meanwhile, and under load each of those round trips also waits
-- for the Node event loop (measured ~2 ms held per entry on an idle 2-core VM,
-- far more when the VM is busy: a ceiling of a few hundred audited writes/s).
--
-- Now record() inserts the entry's content and its digest (hashed in Node,
-- canonical JSON as before) into audit_pending, without any lock. A deferred
-- constraint trigger fires when the transaction commits: it takes the chain
-- lock, reads the head, inserts the linked row into audit_log and removes the
-- pending one. The lock is held only from there to the end of the commit,
-- inside PostgreSQL, with no round trip to the application. The change and its
-- audit entry still commit together or not at all; entries of one transaction
-- keep their order (deferred row triggers fire in insertion order).
--
-- Entries linked this way have hash_v = 2:
--   hash = sha256_hex(prev_hash || '\n' || seq || '\n' || digest)
--   digest = sha256_hex(canonical JSON of the content: every column but seq, prev_hash, hash, hash_v)
-- Entries written before keep hash_v = 1 (sha256_hex(prev_hash || '\n' ||
-- canonical row with seq and prev_hash)); verify() checks each by its version.
-- Both bind the previous hash, the position and the content.
ALTER TABLE audit_log ADD COLUMN hash_v smallint NOT NULL DEFAULT 1 CHECK (hash_v IN (1, 2));

CREATE FUNCTION audit_append(
  p_at timestamptz, p_actor_id uuid, p_actor_label text, p_action text, p_outcome text, p_target_type text,
  p_target_id text, p_unit_id uuid, p_ip text, p_user_agent text, p_before jsonb, p_after jsonb, p_digest text
) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  head_seq bigint;
  head_hash text;
BEGIN
  -- The same key as core/audit's AUDIT_LOCK (retention purge).
  PERFORM pg_advisory_xact_lock(7240002);
  -- A volatile function takes a new snapshot per statement: this read sees the
  -- entry of whoever held the lock before us (they committed before releasing it).
  SELECT seq, hash INTO head_seq, head_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
  IF NOT FOUND THEN
    SELECT seq, hash INTO head_seq, head_hash FROM audit_anchor;
  END IF;
  head_seq := coalesce(head_seq, 0) + 1;
  head_hash := coalesce(head_hash, repeat('0', 64));
  INSERT INTO audit_log (seq, at, actor_id, actor_label, action, outcome, target_type, target_id, unit_id, ip,
    user_agent, before, after, prev_hash, hash, hash_v)
  VALUES (head_seq, p_at, p_actor_id, p_actor_label, p_action, p_outcome, p_target_type, p_target_id, p_unit_id,
    p_ip, p_user_agent, p_before, p_after, head_hash,
    encode(sha256(convert_to(head_hash || E'\n' || head_seq || E'\n' || p_digest, 'UTF8')), 'hex'), 2);
  RETURN head_seq;
END $$;

-- Entries of transactions still running; UNLOGGED: a row never outlives its
-- transaction's commit, so there is nothing to recover after a crash.
CREATE UNLOGGED TABLE audit_pending (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id uuid,
  actor_label text,
  action text NOT NULL,
  outcome text NOT NULL,
  target_type text,
  target_id text,
  unit_id uuid,
  ip text,
  user_agent text,
  before jsonb,
  after jsonb,
  digest text NOT NULL
);

CREATE FUNCTION audit_pending_link() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM audit_append(NEW.at, NEW.actor_id, NEW.actor_label, NEW.action, NEW.outcome, NEW.target_type,
    NEW.target_id, NEW.unit_id, NEW.ip, NEW.user_agent, NEW.before, NEW.after, NEW.digest);
  DELETE FROM audit_pending WHERE id = NEW.id;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER audit_pending_link AFTER INSERT ON audit_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_pending_link();

