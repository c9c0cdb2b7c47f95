-- Statistics of citizen reports at 1M+ rows (modules/reports, statistics.ts and
-- statistics.rollup.ts): a daily and monthly rollup kept exact by "dirty days".
--
-- A report counts on the Vietnam day of its reception (created_at). The rollup
-- holds, per such day, the sums every statistic needs. Any INSERT, DELETE or
-- UPDATE of a column the statistics read appends that day and ward to
-- report_stats_dirty (a statement trigger: one row per cell and statement).
-- The rollup job (pg-boss, every minute) recomputes dirty days and rolls up
-- new past days; a query reads rollup rows for days up to rolled_through,
-- takes out the stale sums of dirty cells, adds their live reports and those
-- of later days, in one snapshot — so every answer is exact, however stale the rollup.

CREATE TABLE report_stats_rollup (
  -- 'day': the reports received that Vietnam day; 'month': a whole past month
  -- (the sum of its day rows, so a year is 12 rows per key, not 365).
  grain text NOT NULL CHECK (grain IN ('day', 'month')),
  -- Vietnam day of created_at (for a month: its first day).
  day date NOT NULL,
  -- Which key columns the row is about (GROUPING() of area, unit, category):
  -- 0 all three; 3 the ward only; 5 the handling unit only; 6 the category only.
  -- The partial sets answer province-wide questions with few rows; set 0 serves
  -- narrower scopes (joined to units for the paths at query time).
  dims smallint NOT NULL CHECK (dims IN (0, 3, 5, 6)),
  area_unit_id uuid,
  assigned_unit_id uuid,
  category_id uuid,
  -- Open reports with a due date: the Vietnam day of due_at (whole past days are
  -- overdue now; today's are counted live). Days before the job's yesterday are
  -- stored as that yesterday: they stay overdue, and one row replaces hundreds.
  -- Null for every other report.
  open_due_day date,
  received integer NOT NULL,
  rejected integer NOT NULL,
  handled integer NOT NULL,
  unhandled integer NOT NULL,
  open_due integer NOT NULL,
  ever_overdue integer NOT NULL,
  on_time integer NOT NULL,
  -- Handled reports with verification and publication instants: the divisor of the means.
  timed integer NOT NULL,
  hours_sum double precision NOT NULL,
  working_days_sum bigint NOT NULL,
  rated integer NOT NULL,
  stars_sum integer NOT NULL,
  satisfied integer NOT NULL,
  -- Public reports by public status (the public list's total without count(*)).
  public_received integer NOT NULL,
  public_processing integer NOT NULL,
  public_answered integer NOT NULL,
  public_closed integer NOT NULL
);
CREATE INDEX report_stats_rollup_dims ON report_stats_rollup (dims, grain, day);
CREATE INDEX report_stats_rollup_area ON report_stats_rollup (area_unit_id, grain, day) WHERE dims = 0;
CREATE INDEX report_stats_rollup_unit ON report_stats_rollup (assigned_unit_id, grain, day) WHERE dims = 0;
CREATE INDEX report_stats_rollup_category ON report_stats_rollup (category_id, grain, day) WHERE dims = 0;

-- Reception day × ward whose reports changed since the day's rollup rows were
-- computed. A query corrects exactly these cells (the rollup's stale sums out,
-- the live reports in); the job recomputes their days. Append only (no unique
-- key): the job deletes exactly the rows its snapshot saw, so a change
-- committed while it ran leaves its own row and the cell stays dirty.
CREATE TABLE report_stats_dirty (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  day date NOT NULL,
  area_unit_id uuid NOT NULL
);
CREATE INDEX report_stats_dirty_day ON report_stats_dirty (day);

-- One row: the last Vietnam day rolled up (days after it are read live) and the
-- working-day calendar the rollup was computed with (a different calendar →
-- every day is read live until the job has recomputed them).
CREATE TABLE report_stats_state (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  rolled_through date,
  calendar_hash text,
  refreshed_at timestamptz
);
INSERT INTO report_stats_state (id) VALUES (true);

CREATE FUNCTION report_stats_mark_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO report_stats_dirty (day, area_unit_id)
  SELECT DISTINCT (created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, area_unit_id FROM new_rows;
  RETURN NULL;
END $$;

CREATE FUNCTION report_stats_mark_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO report_stats_dirty (day, area_unit_id)
  SELECT DISTINCT (created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, area_unit_id FROM old_rows;
  RETURN NULL;
END $$;

-- Only changes of what the statistics and the public total read mark a day:
-- a reminder, a comment or an answer draft's text do not.
CREATE FUNCTION report_stats_mark_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO report_stats_dirty (day, area_unit_id)
  SELECT DISTINCT d.day, d.area
  FROM old_rows o JOIN new_rows n ON n.id = o.id
  CROSS JOIN LATERAL (VALUES ((o.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, o.area_unit_id),
                             ((n.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, n.area_unit_id)) AS d(day, area)
  WHERE (o.status, o.created_at, o.area_unit_id, o.assigned_unit_id, o.category_id, o.is_public, o.verified_at,
         o.published_at, o.due_at, o.overdue_at, o.rating)
    IS DISTINCT FROM
        (n.status, n.created_at, n.area_unit_id, n.assigned_unit_id, n.category_id, n.is_public, n.verified_at,
         n.published_at, n.due_at, n.overdue_at, n.rating);
  RETURN NULL;
END $$;

CREATE TRIGGER report_stats_inserted AFTER INSERT ON reports
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stats_mark_inserted();
CREATE TRIGGER report_stats_deleted AFTER DELETE ON reports
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stats_mark_deleted();
CREATE TRIGGER report_stats_updated AFTER UPDATE ON reports
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stats_mark_updated();

-- The live part reads reports by reception instant (days not rolled up yet,
-- dirty days); no index led by created_at alone existed.
CREATE INDEX reports_created ON reports (created_at);

-- Public text search: `vn_fold(title || ' ' || description) LIKE … OR lower(code) LIKE …`.
-- Without an index on the code side the OR cannot be a BitmapOr of two GIN
-- scans, and the planner walked reports_public_created filtering every row
-- (4 s for a rare term over 1M reports; 13 ms with this index).
CREATE INDEX reports_code_trgm ON reports USING gin (lower(code) gin_trgm_ops);

-- The public map (newest 5,000 public points): an index-only scan instead of
-- 5,000 heap visits (28 ms → 3 ms over 1M reports).
CREATE INDEX reports_public_map ON reports (created_at DESC) INCLUDE (id, lat, lon, status, category_id)
  WHERE is_public AND status NOT IN ('received', 'rejected');

-- The public map in a viewport: the points of the box, index-only (GiST with
-- the columns the map returns), newest 5,000 kept by a top-N sort. Reports are
-- stored in time order, so the plain GiST + heap visited ~12,000 scattered rows
-- for a 10 km box over 1M reports (54 ms → 15 ms).
CREATE INDEX reports_public_location ON reports USING gist (location)
  INCLUDE (created_at, id, lat, lon, status, category_id)
  WHERE is_public AND status NOT IN ('received', 'rejected');
