import { sql, type RawBuilder } from 'kysely';
import type { StatGroup, StatPeriod, StatsRow } from '@vioc/contracts';
import type { Actor } from '../../core/auth/index.js';
import type { Context } from './context.js';
import { vnDayStart } from './context.js';
import { OPEN_STATUSES } from './reports.repo.js';
import {
  defineStatsRollupJob,
  refreshStatsRollup,
  rolledRows,
  rollupWindow,
  splitDays,
  SUM_COLUMNS,
  sumsOverReports,
  sumsOverRollup,
  vnDay,
  vnStart,
  workingIndex,
  type SumColumn,
} from './statistics.rollup.js';

export interface StatsQuery {
  groupBy: StatGroup;
  period?: StatPeriod | undefined;
  /** `yyyy-MM-dd`, Vietnam days, on the reception date. */
  from?: string | undefined;
  to?: string | undefined;
}

const DAY_MS = 86_400_000;

type Sums = Record<SumColumn | 'overdue_now', number>;
/** One part's row: the group, and sums as the driver gives them (bigint and numeric come as strings). */
type Part = { key: string | null; label: string | null } & Partial<Record<keyof Sums, string | number>>;
const ZERO = (): Sums => ({ ...Object.fromEntries(SUM_COLUMNS.map((k) => [k, 0])), overdue_now: 0 }) as Sums;

/**
 * Statistics of citizen reports in the caller's scope (the same rule as the
 * staff queues: by place for operators and leaders, by handling unit for
 * officers and unit leaders), grouped by handling unit, category, ward or
 * period. Three parts, read in one repeatable-read snapshot and added up by
 * key (statistics.rollup.ts):
 *  - the daily rollup for the reception days it holds and that are not dirty
 *    (province-wide scopes read the one-dimension rows, others the full rows
 *    joined to units for the scope paths);
 *  - the live table for the other days (today, dirty days), with the same sums;
 *  - "overdue now" of rolled-up days whose due date is today (the rollup knows
 *    open reports by due day: earlier days are overdue, later ones are not).
 * The means are sums divided at the end, so both sources add exactly.
 */
export function createStatistics(c: Context) {
  const calendar = c.deps.calendar;
  const refresh = () => refreshStatsRollup(c.db, calendar, c.now());
  defineStatsRollupJob(c.deps.jobs, refresh);

  async function compute(actor: Actor, q: StatsQuery): Promise<StatsRow[]> {
    const reach = await c.access.reachOf(actor);
    const area = [...reach.area];
    const handler = [...reach.handler];
    const fromDay = q.from ?? null;
    const toDay = q.to ?? null;
    const from = fromDay ? vnDayStart(fromDay) : null;
    const to = toDay ? new Date(vnDayStart(toDay).getTime() + DAY_MS) : null;
    const period = q.period ?? 'month';
    const now = c.now();
    const todayStart = vnStart(vnDay(now));

    const scope = sql`(area.path <@ ${area}::ltree[] OR au.path <@ ${area}::ltree[] OR au.path <@ ${handler}::ltree[])`;
    const range = sql`${from ? sql`AND r.created_at >= ${from}` : sql``} ${to ? sql`AND r.created_at < ${to}` : sql``}`;
    const joins = sql`JOIN report_categories c ON c.id = r.category_id
      JOIN org_units area ON area.id = r.area_unit_id
      LEFT JOIN org_units au ON au.id = r.assigned_unit_id
      LEFT JOIN report_categories pc ON pc.id = c.parent_id`;
    const liveKey = (bucket: RawBuilder<unknown>) =>
      ({
        unit: [sql`r.assigned_unit_id::text`, sql`min(au.name)`],
        category: [sql`r.category_id::text`, sql`min(c.name)`],
        categoryRoot: [sql`coalesce(c.parent_id, c.id)::text`, sql`min(coalesce(pc.name, c.name))`],
        ward: [sql`r.area_unit_id::text`, sql`min(area.name)`],
        period: [bucket, sql`min(${bucket})`],
      })[q.groupBy];
    const [key, label] = liveKey(
      sql`to_char(date_trunc(${period}, r.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh'), 'YYYY-MM-DD')`,
    );

    const parts = await c.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const win = await rollupWindow(trx);
        const days = splitDays(win, fromDay, toDay, range);
        const out: Part[] = [];

        // live: today, days not rolled up yet, dirty (day, ward) cells
        const live = sql`FROM ${days.live} ${joins} WHERE ${scope}`;
        const span = (
          await sql<{ lo: Date | null; hi: Date | null }>`SELECT min(r.verified_at) AS lo, max(r.published_at) AS hi
            ${live}`.execute(trx)
        ).rows[0]!;
        const idx =
          span.lo && span.hi && span.hi >= span.lo
            ? await workingIndex(calendar, span.lo, span.hi)
            : { base: vnDay(now), n: [] };
        const open = [...OPEN_STATUSES];
        out.push(
          ...(
            await sql<Part>`SELECT ${key} AS key, ${label} AS label, ${sumsOverReports(idx)},
              count(*) FILTER (WHERE r.status = ANY(${open}::text[]) AND r.due_at <= ${now}) AS overdue_now
              ${live} GROUP BY 1`.execute(trx)
          ).rows,
        );

        if (days.rolled) {
          const { from: rf, to: rt, after } = days.rolled;
          // Does the scope reach every unit? Then every report is in it and the one-dimension rows answer.
          const everywhere = (
            await sql<{ all: boolean }>`SELECT NOT EXISTS (SELECT 1 FROM org_units u
              WHERE NOT (u.path <@ ${area}::ltree[])) AS all`.execute(trx)
          ).rows[0]!.all;
          const dims = everywhere ? { unit: 5, ward: 3, category: 6, categoryRoot: 6, period: 6 }[q.groupBy] : 0;
          // Narrower scopes: the paths resolved to unit ids once, so the rollup's unit indexes apply.
          const ids =
            dims === 0
              ? (
                  await sql<{ area: string[]; unit: string[] }>`SELECT
                    coalesce(array_agg(id) FILTER (WHERE path <@ ${area}::ltree[]), '{}') AS area,
                    coalesce(array_agg(id) FILTER (WHERE path <@ ${area}::ltree[] OR path <@ ${handler}::ltree[]),
                      '{}') AS unit
                    FROM org_units`.execute(trx)
                ).rows[0]!
              : null;
          // Summed per raw id (or period) first, then named: the inner rows carry the live part's column
          // names, so the outer query reuses its key and label expressions.
          const raw = {
            unit: 'assigned_unit_id',
            category: 'category_id',
            categoryRoot: 'category_id',
            ward: 'area_unit_id',
          };
          const inner = (['area_unit_id', 'assigned_unit_id', 'category_id'] as const).map((col) =>
            q.groupBy !== 'period' && raw[q.groupBy] === col
              ? sql.raw(`r.${col} AS ${col}`)
              : sql.raw(`NULL::uuid AS ${col}`),
          );
          const innerDay =
            q.groupBy === 'period' ? sql`date_trunc(${period}, r.day::timestamp)::date AS day` : sql`NULL::date AS day`;
          const [rkey, rlabel] = q.groupBy === 'period' ? liveKey(sql`to_char(r.day, 'YYYY-MM-DD')`) : [key, label];
          const fromRollup = async (rows: RawBuilder<boolean>) =>
            (
              await sql<Part>`SELECT ${rkey} AS key, ${rlabel} AS label, ${sumsOverRollup},
                sum(r.overdue_now) AS overdue_now
              FROM (SELECT ${sql.join(inner)}, ${innerDay}, ${sumsOverRollup},
                  coalesce(sum(r.open_due) FILTER (WHERE r.open_due_day < ${vnDay(now)}::date), 0) AS overdue_now
                FROM report_stats_rollup r
                WHERE ${rows}
                  ${ids ? sql`AND (r.area_unit_id = ANY(${ids.area}::uuid[]) OR r.assigned_unit_id = ANY(${ids.unit}::uuid[]))` : sql``}
                GROUP BY 1, 2, 3, 4) r
              LEFT JOIN report_categories c ON c.id = r.category_id
              LEFT JOIN org_units area ON area.id = r.area_unit_id
              LEFT JOIN org_units au ON au.id = r.assigned_unit_id
              LEFT JOIN report_categories pc ON pc.id = c.parent_id
              GROUP BY 1`.execute(trx)
            ).rows;
          const months = q.groupBy !== 'period' || period === 'month';
          out.push(...(await fromRollup(sql`r.dims = ${dims} AND ${rolledRows({ from: rf, to: rt }, months)}`)));
          // the dirty cells' sums as the rollup holds them, taken out (their live reports are in the live part)
          if (days.stale)
            for (const p of await fromRollup(days.stale))
              out.push(
                Object.fromEntries(
                  Object.entries(p).map(([k, v]) => [k, k === 'key' || k === 'label' ? v : -Number(v ?? 0)]),
                ) as Part,
              );
          // open reports of rolled-up days falling due today, up to now
          out.push(
            ...(
              await sql<Part>`SELECT ${key} AS key, ${label} AS label, count(*) AS overdue_now
                FROM reports r ${joins}
                WHERE ${scope} ${range} AND r.created_at < ${after} AND ${days.clean}
                  AND r.status = ANY(${open}::text[]) AND r.due_at >= ${todayStart} AND r.due_at <= ${now}
                GROUP BY 1`.execute(trx)
            ).rows,
          );
        }
        return out;
      });

    const byKey = new Map<string | null, { label: string | null; s: Sums }>();
    for (const p of parts) {
      const acc = byKey.get(p.key) ?? { label: null, s: ZERO() };
      acc.label ??= p.label;
      for (const k of Object.keys(acc.s) as (keyof Sums)[]) acc.s[k] += Number(p[k] ?? 0);
      byKey.set(p.key, acc);
    }
    const round = (v: number | null, digits = 2) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);
    const keys = [...byKey.keys()].sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
    return keys.flatMap((k) => {
      const { label, s } = byKey.get(k)!;
      if (!s.received) return [];
      const h = s.handled;
      return [
        {
          key: k,
          label: label ?? (q.groupBy === 'unit' ? 'Chưa giao đơn vị' : ''),
          received: s.received,
          rejected: s.rejected,
          handled: h,
          unhandled: s.unhandled,
          overdueNow: s.overdue_now,
          everOverdue: s.ever_overdue,
          onTime: s.on_time,
          onTimeRate: h ? round(s.on_time / h, 4) : null,
          meanHandlingHours: s.timed ? round(s.hours_sum / s.timed) : null,
          meanHandlingWorkingDays: s.timed ? round(s.working_days_sum / s.timed) : null,
          rated: s.rated,
          meanStars: s.rated ? round(s.stars_sum / s.rated) : null,
          satisfiedRate: s.rated ? round(s.satisfied / s.rated, 4) : null,
        },
      ];
    });
  }

  return { compute, refresh };
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
