import { sql } from 'kysely';
import type { Actor } from '../../core/auth/index.js';
import type { Context } from './context.js';
import { vnDayStart } from './context.js';
import { OPEN_STATUSES } from './reports.repo.js';

export const STAT_GROUPS = ['unit', 'category', 'categoryRoot', 'ward', 'period'] as const;
export type StatGroup = (typeof STAT_GROUPS)[number];
export const STAT_PERIODS = ['day', 'week', 'month'] as const;
export type StatPeriod = (typeof STAT_PERIODS)[number];

export interface StatsQuery {
  groupBy: StatGroup;
  period?: StatPeriod | undefined;
  /** `yyyy-MM-dd`, Vietnam days, on the reception date. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface StatsRow {
  /** Unit, category or ward id; the period's first day (`yyyy-MM-dd`); null = "not assigned". */
  key: string | null;
  label: string;
  received: number;
  rejected: number;
  handled: number;
  unhandled: number;
  overdueNow: number;
  everOverdue: number;
  onTime: number;
  /** onTime / handled, null without handled reports. */
  onTimeRate: number | null;
  /** From verification to publication. */
  meanHandlingHours: number | null;
  meanHandlingWorkingDays: number | null;
  rated: number;
  meanStars: number | null;
  /** Share of ratings with 4 or 5 stars. */
  satisfiedRate: number | null;
}

const DAY_MS = 86_400_000;
const iso = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * Statistics of citizen reports in the caller's scope (the same rule as the
 * staff queues: by place for operators and leaders, by handling unit for
 * officers and unit leaders), grouped by handling unit, category, ward or
 * period. One aggregate query over `reports` filtered by `created_at`
 * (indexes reports_status_created / reports_area / reports_category); working
 * days come from the calendar as a (date → working-day number) table joined
 * on the verification and publication dates. For 1M+ reports over long
 * periods the next step is a daily rollup table (per ward × category × unit ×
 * day), refreshed by a job; not needed at the current volumes.
 */
export function createStatistics(c: Context) {
  const calendar = c.deps.calendar;

  /** Working-day number of every date from `from`: n[i] = working days strictly before from + i days. */
  async function workingIndex(from: Date, to: Date): Promise<{ base: string; n: number[] }> {
    const n: number[] = [];
    let count = 0;
    const base = iso(from);
    let start = Date.parse(base);
    const end = Date.parse(iso(to));
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

  async function compute(actor: Actor, q: StatsQuery): Promise<StatsRow[]> {
    const reach = await c.access.reachOf(actor);
    const area = [...reach.area];
    const handler = [...reach.handler];
    const from = q.from ? vnDayStart(q.from) : null;
    const to = q.to ? new Date(vnDayStart(q.to).getTime() + DAY_MS) : null;
    const period = q.period ?? 'month';
    const now = c.now();

    const where = sql`(area.path <@ ${area}::ltree[] OR au.path <@ ${area}::ltree[] OR au.path <@ ${handler}::ltree[])
      ${from ? sql`AND r.created_at >= ${from}` : sql``} ${to ? sql`AND r.created_at < ${to}` : sql``}`;
    const joins = sql`FROM reports r
      JOIN report_categories c ON c.id = r.category_id
      JOIN units area ON area.id = r.area_unit_id
      LEFT JOIN units au ON au.id = r.assigned_unit_id`;

    const span = (
      await sql<{ lo: Date | null; hi: Date | null }>`SELECT min(r.verified_at) AS lo, max(r.published_at) AS hi
        ${joins} WHERE ${where}`.execute(c.db)
    ).rows[0]!;
    const idx =
      span.lo && span.hi && span.hi >= span.lo ? await workingIndex(span.lo, span.hi) : { base: iso(now), n: [] };
    const vnDate = (col: string) => sql`(${sql.ref(col)} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
    const wd = (col: string) => sql`(${idx.n}::int[])[(${vnDate(col)} - ${idx.base}::date) + 1]`;

    const bucket = sql`to_char(date_trunc(${period}, r.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh'), 'YYYY-MM-DD')`;
    const [key, label] = {
      unit: [sql`r.assigned_unit_id::text`, sql`min(au.name)`],
      category: [sql`r.category_id::text`, sql`min(c.name)`],
      categoryRoot: [sql`coalesce(c.parent_id, c.id)::text`, sql`min(coalesce(pc.name, c.name))`],
      ward: [sql`r.area_unit_id::text`, sql`min(area.name)`],
      period: [bucket, sql`min(${bucket})`],
    }[q.groupBy];

    const handled = sql`r.status IN ('published', 'rated', 'closed')`;
    const open = [...OPEN_STATUSES];
    const rows = (
      await sql<{
        key: string | null;
        label: string | null;
        received: string;
        rejected: string;
        handled: string;
        unhandled: string;
        overdue_now: string;
        ever_overdue: string;
        on_time: string;
        mean_hours: number | null;
        mean_wd: string | null;
        rated: string;
        mean_stars: string | null;
        satisfied: string;
      }>`SELECT ${key} AS key, ${label} AS label,
        count(*) AS received,
        count(*) FILTER (WHERE r.status = 'rejected') AS rejected,
        count(*) FILTER (WHERE ${handled}) AS handled,
        count(*) FILTER (WHERE r.status = 'received' OR r.status = ANY(${open}::text[])) AS unhandled,
        count(*) FILTER (WHERE r.status = ANY(${open}::text[]) AND r.due_at <= ${now}) AS overdue_now,
        count(*) FILTER (WHERE r.overdue_at IS NOT NULL) AS ever_overdue,
        count(*) FILTER (WHERE ${handled} AND r.due_at IS NOT NULL AND r.published_at <= r.due_at) AS on_time,
        avg(extract(epoch FROM r.published_at - r.verified_at) / 3600)
          FILTER (WHERE ${handled} AND r.verified_at IS NOT NULL) AS mean_hours,
        avg(${wd('r.published_at')} - ${wd('r.verified_at')})
          FILTER (WHERE ${handled} AND r.verified_at IS NOT NULL) AS mean_wd,
        count(r.rating) AS rated,
        avg(r.rating) AS mean_stars,
        count(*) FILTER (WHERE r.rating >= 4) AS satisfied
      ${joins} LEFT JOIN report_categories pc ON pc.id = c.parent_id
      WHERE ${where}
      GROUP BY 1 ORDER BY 1`.execute(c.db)
    ).rows;

    const num = (v: unknown) => Number(v ?? 0);
    const round = (v: unknown, digits = 2) =>
      v === null || v === undefined ? null : Math.round(Number(v) * 10 ** digits) / 10 ** digits;
    return rows.map((r) => {
      const h = num(r.handled);
      const rated = num(r.rated);
      return {
        key: r.key,
        label: r.label ?? (q.groupBy === 'unit' ? 'Chưa giao đơn vị' : ''),
        received: num(r.received),
        rejected: num(r.rejected),
        handled: h,
        unhandled: num(r.unhandled),
        overdueNow: num(r.overdue_now),
        everOverdue: num(r.ever_overdue),
        onTime: num(r.on_time),
        onTimeRate: h ? round(num(r.on_time) / h, 4) : null,
        meanHandlingHours: round(r.mean_hours),
        meanHandlingWorkingDays: round(r.mean_wd),
        rated,
        meanStars: round(r.mean_stars),
        satisfiedRate: rated ? round(num(r.satisfied) / rated, 4) : null,
      };
    });
  }

  return { compute };
}

export type Statistics = ReturnType<typeof createStatistics>;

/** Column order and Vietnamese headers of the exports. */
export const STAT_COLUMNS: { key: keyof StatsRow; header: string; format?: 'int' | 'pct' | 'dec' }[] = [
  { key: 'label', header: 'Nhóm' },
  { key: 'received', header: 'Tiếp nhận', format: 'int' },
  { key: 'rejected', header: 'Từ chối', format: 'int' },
  { key: 'handled', header: 'Đã xử lý', format: 'int' },
  { key: 'unhandled', header: 'Chưa xử lý', format: 'int' },
  { key: 'overdueNow', header: 'Đang quá hạn', format: 'int' },
  { key: 'everOverdue', header: 'Từng quá hạn', format: 'int' },
  { key: 'onTime', header: 'Đúng hạn', format: 'int' },
  { key: 'onTimeRate', header: 'Tỷ lệ đúng hạn', format: 'pct' },
  { key: 'meanHandlingWorkingDays', header: 'Thời gian xử lý TB (ngày làm việc)', format: 'dec' },
  { key: 'meanHandlingHours', header: 'Thời gian xử lý TB (giờ)', format: 'dec' },
  { key: 'rated', header: 'Lượt đánh giá', format: 'int' },
  { key: 'meanStars', header: 'Số sao TB', format: 'dec' },
  { key: 'satisfiedRate', header: 'Tỷ lệ hài lòng (≥ 4 sao)', format: 'pct' },
];
