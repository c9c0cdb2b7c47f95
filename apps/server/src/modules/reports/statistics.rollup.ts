import { sql, type Kysely, type RawBuilder } from 'kysely';
import { vnClock, vnDay, vnDayStart as vnStart } from '@vioc/contracts';
import type { Database } from '../../core/db/index.js';
import type { CalendarService } from '../../core/calendar/index.js';
import type { Jobs } from '../../core/jobs/index.js';
import { OPEN_STATUSES } from './reports.repo.js';

type Tx = Kysely<Database>;

const DAY_MS = 86_400_000;
export { vnDay, vnDayStart as vnStart } from '@vioc/contracts';
export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

export const STATS_ROLLUP_JOB = 'reports.stats_rollup';

/** The rollup's sum columns, in table order. */
export const SUM_COLUMNS = [
  'received',
  'rejected',
  'handled',
  'unhandled',
  'open_due',
  'ever_overdue',
  'on_time',
  'timed',
  'hours_sum',
  'working_days_sum',
  'rated',
  'stars_sum',
  'satisfied',
  'public_received',
  'public_processing',
  'public_answered',
  'public_closed',
] as const;
export type SumColumn = (typeof SUM_COLUMNS)[number];

/** Public statuses → the rollup column counting them. */
export const PUBLIC_COLUMNS = {
  public_received: ['verified'],
  public_processing: ['assigned', 'in_progress', 'answer_drafted', 'answer_approved'],
  public_answered: ['published', 'rated'],
  public_closed: ['closed'],
} as const;

/** Working-day number of every date from `from`: n[i] = working days strictly before from + i days. */
export async function workingIndex(
  calendar: Pick<CalendarService, 'days'>,
  from: Date,
  to: Date,
): Promise<{ base: string; n: number[] }> {
  const n: number[] = [];
  let count = 0;
  const base = vnDay(from);
  let start = Date.parse(base);
  const end = Date.parse(vnDay(to));
  while (start <= end) {
    const chunkEnd = Math.min(end, start + 365 * DAY_MS);
    const days = await calendar.days(
      new Date(start).toISOString().slice(0, 10),
      new Date(chunkEnd).toISOString().slice(0, 10),
    );
    for (const d of days) {
      n.push(count);
      if (d.working) count++;
    }
    start = chunkEnd + DAY_MS;
  }
  return { base, n };
}

/**
 * The sums of the rollup, computed over `reports r` (the job's GROUP BY and
 * the live part of a query share this one definition). `idx` numbers the
 * working days over the verification–publication span of the rows.
 */
export function sumsOverReports(idx: { base: string; n: number[] }): RawBuilder<unknown> {
  const open = [...OPEN_STATUSES];
  const handled = sql`r.status IN ('published', 'rated', 'closed')`;
  const timed = sql`${handled} AND r.verified_at IS NOT NULL AND r.published_at IS NOT NULL`;
  const vnDate = (col: string) => sql`(${sql.ref(col)} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
  const wd = (col: string) => sql`(${idx.n}::int[])[(${vnDate(col)} - ${idx.base}::date) + 1]`;
  const pub = (statuses: readonly string[]) =>
    sql`count(*) FILTER (WHERE r.is_public AND r.status = ANY(${[...statuses]}::text[]))`;
  return sql`count(*) AS received,
    count(*) FILTER (WHERE r.status = 'rejected') AS rejected,
    count(*) FILTER (WHERE ${handled}) AS handled,
    count(*) FILTER (WHERE r.status = 'received' OR r.status = ANY(${open}::text[])) AS unhandled,
    count(*) FILTER (WHERE r.status = ANY(${open}::text[]) AND r.due_at IS NOT NULL) AS open_due,
    count(*) FILTER (WHERE r.overdue_at IS NOT NULL) AS ever_overdue,
    count(*) FILTER (WHERE ${handled} AND r.due_at IS NOT NULL AND r.published_at <= r.due_at) AS on_time,
    count(*) FILTER (WHERE ${timed}) AS timed,
    coalesce(sum(extract(epoch FROM r.published_at - r.verified_at) / 3600) FILTER (WHERE ${timed}), 0)::float8
      AS hours_sum,
    coalesce(sum(${wd('r.published_at')} - ${wd('r.verified_at')}) FILTER (WHERE ${timed}), 0) AS working_days_sum,
    count(r.rating) AS rated,
    coalesce(sum(r.rating), 0) AS stars_sum,
    count(*) FILTER (WHERE r.rating >= 4) AS satisfied,
    ${pub(PUBLIC_COLUMNS.public_received)} AS public_received,
    ${pub(PUBLIC_COLUMNS.public_processing)} AS public_processing,
    ${pub(PUBLIC_COLUMNS.public_answered)} AS public_answered,
    ${pub(PUBLIC_COLUMNS.public_closed)} AS public_closed`;
}

/** The rollup's sums re-aggregated (rollup aliased `r`): `sum(r.col) AS col` for every column. */
export const sumsOverRollup = sql.raw(SUM_COLUMNS.map((k) => `sum(r.${k}) AS ${k}`).join(', '));

/** Fingerprint of the calendar's official data (the computed rules change only with the code). */
const calendarHash = (db: Tx) =>
  sql<{ h: string }>`SELECT md5(coalesce(string_agg(date::text || kind || coalesce(holiday, ''), ',' ORDER BY date),
    '')) AS h FROM calendar_official_days`.execute(db);

/** Beyond this many dirty cells in a query's range the query reads everything live. */
export const MAX_DIRTY_CELLS = 1000;

/** A reception day × ward whose reports changed since the rollup computed that day. */
export interface DirtyCell {
  day: string;
  area: string;
}

export interface RollupWindow {
  /** Days up to this one (Vietnam) are in the rollup; null = nothing usable, read everything live. */
  rolledThrough: string | null;
  /** Dirty cells of days ≤ rolledThrough. */
  dirty: DirtyCell[];
}

/** What the rollup can answer, read in the caller's (repeatable read) transaction. */
export async function rollupWindow(trx: Tx): Promise<RollupWindow> {
  const state = (
    await sql<{ rolled_through: string | null; calendar_hash: string | null }>`
      SELECT rolled_through::text, calendar_hash FROM report_stats_state`.execute(trx)
  ).rows[0];
  if (!state?.rolled_through) return { rolledThrough: null, dirty: [] };
  const [hash, dirty] = await Promise.all([
    calendarHash(trx),
    sql<DirtyCell>`SELECT DISTINCT day::text AS day, area_unit_id AS area FROM report_stats_dirty
      WHERE day <= ${state.rolled_through}::date`.execute(trx),
  ]);
  if (hash.rows[0]!.h !== state.calendar_hash) return { rolledThrough: null, dirty: [] };
  return { rolledThrough: state.rolled_through, dirty: dirty.rows };
}

/**
 * How a query over reception days [from, to] is answered, exactly:
 *   rollup rows of the rolled-up days (`rolled`)
 * − the rollup's day rows (dims 0) of the dirty cells, as they were computed (`stale`)
 * + the live reports of the dirty cells and of the days after the rollup (`live`, a row source aliased r).
 * Sums add and subtract, so a dirty (day, ward) costs its few reports, not the whole day.
 * `range` filters `r.created_at` to [from, to); `clean` says a report is in no dirty cell.
 */
export function splitDays(win: RollupWindow, from: string | null, to: string | null, range: RawBuilder<unknown>) {
  const hi = win.rolledThrough && to && to < win.rolledThrough ? to : win.rolledThrough;
  const dirty = win.dirty.filter((d) => (!from || d.day >= from) && hi && d.day <= hi);
  // A bulk change (thousands of cells, until the next job run): all live, slower but exact and bounded in SQL size.
  if (!win.rolledThrough || !hi || dirty.length > MAX_DIRTY_CELLS)
    return {
      live: sql`(SELECT * FROM reports r WHERE true ${range}) r`,
      rolled: null,
      stale: null,
      clean: sql<boolean>`true`,
    };
  const after = vnStart(addDays(win.rolledThrough, 1));
  // Explicit ORs (not a join with unnest): the planner turns them into a BitmapOr of index ranges
  // (reports_area, report_stats_rollup_area) whatever the number of cells.
  const inCells = dirty.length
    ? sql<boolean>`(${sql.join(
        dirty.map(
          (d) =>
            sql`(r.area_unit_id = ${d.area} AND r.created_at >= ${vnStart(d.day)} AND r.created_at < ${vnStart(addDays(d.day, 1))})`,
        ),
        sql` OR `,
      )})`
    : sql<boolean>`false`;
  const live = sql`(SELECT * FROM reports r WHERE (r.created_at >= ${after} OR ${inCells}) ${range}) r`;
  const stale = dirty.length
    ? sql<boolean>`(r.dims = 0 AND r.grain = 'day' AND (${sql.join(
        dirty.map((d) => sql`(r.area_unit_id = ${d.area} AND r.day = ${d.day}::date)`),
        sql` OR `,
      )}))`
    : null;
  const clean = sql<boolean>`NOT ${inCells}`;
  return { live, rolled: from && from > hi ? null : { from, to: hi, after }, stale, clean };
}

/** Contiguous runs of days, each at most `max` days long. */
function runs(days: readonly string[], max: number): [string, string][] {
  const out: [string, string][] = [];
  for (const d of [...days].sort()) {
    const last = out.at(-1);
    if (last && addDays(last[1], 1) === d && Date.parse(d) - Date.parse(last[0]) < max * DAY_MS) last[1] = d;
    else out.push([d, d]);
  }
  return out;
}

/** Recomputes the rollup rows of the days [a, b] from the reports, in the caller's transaction. */
async function recompute(
  trx: Tx,
  calendar: Pick<CalendarService, 'days'>,
  a: string,
  b: string,
  today: string,
): Promise<void> {
  const lo = vnStart(a);
  const hi = vnStart(addDays(b, 1));
  await sql`DELETE FROM report_stats_rollup WHERE grain = 'day' AND day BETWEEN ${a}::date AND ${b}::date`.execute(trx);
  const span = (
    await sql<{ lo: Date | null; hi: Date | null }>`SELECT min(verified_at) AS lo, max(published_at) AS hi
      FROM reports WHERE created_at >= ${lo} AND created_at < ${hi}`.execute(trx)
  ).rows[0]!;
  const idx =
    span.lo && span.hi && span.hi >= span.lo ? await workingIndex(calendar, span.lo, span.hi) : { base: a, n: [] };
  const open = [...OPEN_STATUSES];
  await sql`INSERT INTO report_stats_rollup (grain, day, dims, area_unit_id, assigned_unit_id, category_id, open_due_day,
      ${sql.raw(SUM_COLUMNS.join(', '))})
    SELECT 'day', r.day, grouping(r.area_unit_id, r.assigned_unit_id, r.category_id), r.area_unit_id, r.assigned_unit_id,
      r.category_id, r.open_due_day, ${sumsOverReports(idx)}
    FROM (SELECT *, (created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day,
            CASE WHEN status = ANY(${open}::text[]) THEN
              greatest((due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, ${addDays(today, -1)}::date) END AS open_due_day
          FROM reports WHERE created_at >= ${lo} AND created_at < ${hi}) r
    GROUP BY GROUPING SETS ((r.day, r.open_due_day, r.area_unit_id, r.assigned_unit_id, r.category_id),
      (r.day, r.open_due_day, r.category_id), (r.day, r.open_due_day, r.area_unit_id),
      (r.day, r.open_due_day, r.assigned_unit_id))`.execute(trx);
}

const monthOf = (day: string) => day.slice(0, 8) + '01';
/** The last day of the day's month. */
const monthEnd = (day: string) => addDays(monthOf(addDays(monthOf(day), 31)), -1);

/** Recomputes the month row of a whole past month from its day rows. */
async function recomputeMonth(trx: Tx, month: string, today: string): Promise<void> {
  const openDue = sql`greatest(r.open_due_day, ${addDays(today, -1)}::date)`;
  await sql`DELETE FROM report_stats_rollup WHERE grain = 'month' AND day = ${month}::date`.execute(trx);
  await sql`INSERT INTO report_stats_rollup (grain, day, dims, area_unit_id, assigned_unit_id, category_id,
      open_due_day, ${sql.raw(SUM_COLUMNS.join(', '))})
    SELECT 'month', ${month}::date, r.dims, r.area_unit_id, r.assigned_unit_id, r.category_id, ${openDue},
      ${sumsOverRollup}
    FROM report_stats_rollup r
    WHERE r.grain = 'day' AND r.day BETWEEN ${month}::date AND ${monthEnd(month)}::date
    GROUP BY 3, 4, 5, 6, 7`.execute(trx);
}

/**
 * The rollup rows (aliased r) answering the rolled-up days [from, to]: month
 * rows for whole months (when `months`), day rows for the rest, each day
 * counted once. Dirty cells are corrected by the caller (splitDays).
 */
export function rolledRows(rolled: { from: string | null; to: string }, months: boolean): RawBuilder<boolean> {
  const lo = rolled.from;
  const hi = rolled.to;
  // whole months inside [lo, hi]: from fm to lm (first days)
  const fm = lo === null ? null : lo === monthOf(lo) ? lo : addDays(monthEnd(lo), 1);
  const lm = monthEnd(hi) === hi ? monthOf(hi) : monthOf(addDays(monthOf(hi), -1));
  if (!months || (fm !== null && fm > lm))
    return sql<boolean>`(r.grain = 'day' ${lo ? sql`AND r.day >= ${lo}::date` : sql``} AND r.day <= ${hi}::date)`;
  // days read from day rows: before the first whole month and after the last
  const ranges: [string, string][] = [
    ...(fm !== null && lo !== null && lo < fm ? [[lo, addDays(fm, -1)] as [string, string]] : []),
    ...(monthEnd(lm) < hi ? [[addDays(monthEnd(lm), 1), hi] as [string, string]] : []),
  ];
  const dayPart = ranges.length
    ? sql`OR (r.grain = 'day' AND (${sql.join(
        ranges.map(([a, b]) => sql`r.day BETWEEN ${a}::date AND ${b}::date`),
        sql` OR `,
      )}))`
    : sql``;
  return sql<boolean>`((r.grain = 'month' ${fm ? sql`AND r.day >= ${fm}::date` : sql``} AND r.day <= ${lm}::date)
    ${dayPart})`;
}

export interface RefreshResult {
  /** Days recomputed (dirty or newly rolled up). */
  days: number;
  rolledThrough: string;
  rebuilt: boolean;
  ms: number;
}

/**
 * The rollup job: in one repeatable-read transaction, recomputes the dirty
 * days and rolls up the past days not rolled up yet (until yesterday, Vietnam
 * time; today stays live), then deletes exactly the dirty marks it saw. A
 * changed calendar rebuilds everything. Safe to run concurrently with writes
 * (a write its snapshot missed keeps its mark) and twice (the state row is locked).
 */
export async function refreshStatsRollup(
  db: Tx,
  calendar: Pick<CalendarService, 'days'>,
  now: Date = new Date(),
): Promise<RefreshResult> {
  const t0 = performance.now();
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const state = (
        await sql<{ rolled_through: string | null; calendar_hash: string | null }>`
          SELECT rolled_through::text, calendar_hash FROM report_stats_state FOR UPDATE`.execute(trx)
      ).rows[0]!;
      const hash = (await calendarHash(trx)).rows[0]!.h;
      const yesterday = addDays(vnDay(now), -1);
      const rebuilt = !state.rolled_through || state.calendar_hash !== hash;
      const marks = (
        await sql<{ id: string; day: string }>`SELECT id, day::text AS day FROM report_stats_dirty
          WHERE day <= ${yesterday}::date`.execute(trx)
      ).rows;
      let days: string[];
      if (rebuilt) {
        await sql`DELETE FROM report_stats_rollup WHERE grain = 'day'`.execute(trx);
        const first = (await sql<{ t: Date | null }>`SELECT min(created_at) AS t FROM reports`.execute(trx)).rows[0]!.t;
        days = [];
        for (let d = first ? vnDay(first) : yesterday; d <= yesterday; d = addDays(d, 1)) days.push(d);
      } else {
        const set = new Set(marks.map((m) => m.day));
        for (let d = addDays(state.rolled_through!, 1); d <= yesterday; d = addDays(d, 1)) set.add(d);
        days = [...set];
      }
      for (const [a, b] of runs(days, 31)) await recompute(trx, calendar, a, b, vnDay(now));
      if (rebuilt) await sql`DELETE FROM report_stats_rollup WHERE grain = 'month'`.execute(trx);
      for (const m of new Set(days.map(monthOf)))
        if (monthEnd(m) <= yesterday) await recomputeMonth(trx, m, vnDay(now));
      if (marks.length)
        await sql`DELETE FROM report_stats_dirty WHERE id = ANY(${marks.map((m) => m.id)}::bigint[])`.execute(trx);
      await sql`UPDATE report_stats_state SET rolled_through = ${yesterday}::date, calendar_hash = ${hash},
        refreshed_at = ${now}`.execute(trx);
      return { days: days.length, rolledThrough: yesterday, rebuilt, ms: Math.round(performance.now() - t0) };
    });
}

/** Declares the rollup queue and its schedule (every minute: a dirty day is read live until then). */
export function defineStatsRollupJob(jobs: Pick<Jobs, 'define' | 'schedule'>, run: () => Promise<unknown>): void {
  jobs.define(STATS_ROLLUP_JOB, async () => void (await run()), { policy: 'singleton' });
  jobs.schedule(STATS_ROLLUP_JOB, '* * * * *');
}

export interface PublicTotalFilter {
  statuses?: readonly string[] | undefined;
  categoryIds?: readonly string[] | undefined;
  wardId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

/** The rollup columns whose statuses make up exactly `statuses` (all public ones by default); null if none do. */
function publicColumns(statuses: readonly string[] | undefined): (keyof typeof PUBLIC_COLUMNS)[] | null {
  const all = Object.keys(PUBLIC_COLUMNS) as (keyof typeof PUBLIC_COLUMNS)[];
  if (!statuses) return all;
  const want = new Set(statuses);
  const cols = all.filter((k) => PUBLIC_COLUMNS[k].every((s) => want.has(s)));
  const covered = new Set<string>(cols.flatMap((k) => PUBLIC_COLUMNS[k]));
  return covered.size === want.size && [...want].every((s) => covered.has(s)) ? cols : null;
}

const onVnMidnight = (d: Date | undefined) => !d || vnClock(d).getTime() % DAY_MS === 0;

/**
 * The public list's total without counting every public report: rollup sums
 * for clean rolled-up days plus a live count of the others, in one snapshot
 * (exact, as the statistics). Null when the filter is not one the rollup
 * knows (text, codes, instants that are not Vietnam midnights): count live.
 */
export async function publicTotal(db: Tx, f: PublicTotalFilter): Promise<number | null> {
  const cols = publicColumns(f.statuses);
  if (!cols || !onVnMidnight(f.from) || !onVnMidnight(f.to)) return null;
  const statuses = cols.flatMap((k) => [...PUBLIC_COLUMNS[k]]);
  const fromDay = f.from ? vnDay(f.from) : null;
  const toDay = f.to ? addDays(vnDay(f.to), -1) : null;
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const range = sql`${f.from ? sql`AND r.created_at >= ${f.from}` : sql``}
        ${f.to ? sql`AND r.created_at < ${f.to}` : sql``}`;
      const days = splitDays(await rollupWindow(trx), fromDay, toDay, range);
      const cat = f.categoryIds ? sql`AND r.category_id = ANY(${[...f.categoryIds]}::uuid[])` : sql``;
      const ward = f.wardId ? sql`AND r.area_unit_id = ${f.wardId}` : sql``;
      const live = await sql<{ n: string }>`SELECT count(*) AS n FROM ${days.live}
        WHERE r.is_public AND r.status = ANY(${statuses}::text[]) ${cat} ${ward}`.execute(trx);
      let n = Number(live.rows[0]!.n);
      const sum = sql.raw(cols.map((k) => `r.${k}`).join(' + '));
      if (days.rolled) {
        const dims = f.categoryIds && f.wardId ? 0 : f.wardId ? 3 : 6;
        const rolled = await sql<{ n: string | null }>`SELECT sum(${sum}) AS n
          FROM report_stats_rollup r WHERE r.dims = ${dims} ${cat} ${ward}
            AND ${rolledRows(days.rolled, true)}`.execute(trx);
        n += Number(rolled.rows[0]!.n ?? 0);
      }
      if (days.stale) {
        const stale = await sql<{ n: string | null }>`SELECT sum(${sum}) AS n
          FROM report_stats_rollup r WHERE ${days.stale} ${cat} ${ward}`.execute(trx);
        n -= Number(stale.rows[0]!.n ?? 0);
      }
      return n;
    });
}
