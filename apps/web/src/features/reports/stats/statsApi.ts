import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { StatGroup, StatPeriod } from '@vioc/contracts';
import { api, downloadUrl } from '../../../shared/api';

export {
  REPORT_STATS_ROLES,
  STAT_GROUPS,
  STAT_PERIODS,
  type StatGroup,
  type StatPeriod,
  type StatsAnswer,
  type StatsRow,
} from '@vioc/contracts';

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
    queryFn: ({ signal }) => api.get('/api/reports/stats', { params: { query: statsQuery(groupBy, f) }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The export link (a plain GET with the session cookie: the browser downloads it). */
export function exportUrl(format: 'csv' | 'xlsx', groupBy: StatGroup, f: StatsFilter): string {
  return downloadUrl('/api/reports/stats/export', { format, ...statsQuery(groupBy, f) });
}
