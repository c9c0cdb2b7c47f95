import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Role } from '@vioc/contracts';
import { api, buildUrl } from '../../../shared/api';

/** Roles the server lets read /api/reports/stats (statistics.routes.ts); the nav and the route use the same. */
export const REPORT_STATS_ROLES: readonly Role[] = ['operator', 'officer', 'unit_leader', 'leader'];

export const STAT_GROUPS = ['unit', 'category', 'categoryRoot', 'ward', 'period'] as const;
export type StatGroup = (typeof STAT_GROUPS)[number];
export const STAT_PERIODS = ['day', 'week', 'month'] as const;
export type StatPeriod = (typeof STAT_PERIODS)[number];

/** One line of GET /api/reports/stats (the server's StatsRow; not in @vioc/contracts). */
export interface StatsRow {
  /** Unit, category or ward id; the period's first day (yyyy-MM-dd); null = not assigned to a unit. */
  key: string | null;
  label: string;
  received: number;
  rejected: number;
  handled: number;
  unhandled: number;
  overdueNow: number;
  everOverdue: number;
  onTime: number;
  onTimeRate: number | null;
  meanHandlingHours: number | null;
  meanHandlingWorkingDays: number | null;
  rated: number;
  meanStars: number | null;
  satisfiedRate: number | null;
}

export interface StatsAnswer {
  groupBy: StatGroup;
  period: StatPeriod;
  from: string | null;
  to: string | null;
  rows: StatsRow[];
  total: StatsRow;
}

export interface StatsFilter {
  /** yyyy-MM-dd, Vietnam days on the reception date; both inclusive. */
  from: string;
  to: string;
  period: StatPeriod;
}

function statsQuery(groupBy: StatGroup, f: StatsFilter) {
  return { groupBy, period: f.period, from: f.from, to: f.to };
}

export function useStats(groupBy: StatGroup, f: StatsFilter) {
  return useQuery({
    queryKey: ['report-stats', groupBy, f.period, f.from, f.to],
    queryFn: ({ signal }) => api.get<StatsAnswer>('/api/reports/stats', { query: statsQuery(groupBy, f), signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The export link (a plain GET with the session cookie: the browser downloads it). */
export function exportUrl(format: 'csv' | 'xlsx', groupBy: StatGroup, f: StatsFilter): string {
  return buildUrl('/api/reports/stats/export', { format, ...statsQuery(groupBy, f) });
}
