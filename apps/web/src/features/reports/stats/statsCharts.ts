import type { TFunction } from 'i18next';
import type { ChartOption } from '../../../shared/charts/EChart';
import type { StatsRow } from './statsApi';

/** The figures a chart needs, with labels already in the reader's language. */
export interface LabelledRow {
  label: string;
  row: StatsRow;
}

const COLORS = {
  received: '#1677ff',
  handled: '#52c41a',
  unhandled: '#fa8c16',
  rejected: '#bfbfbf',
  overdue: '#f5222d',
};

/** Received vs handled per period (line + area), overdue-now as bars on the same axis. */
export function trendOption(rows: LabelledRow[], t: TFunction): ChartOption {
  return {
    color: [COLORS.received, COLORS.handled, COLORS.overdue],
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.label), boundaryGap: true },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: t('repStats.kpi.received'),
        type: 'line',
        smooth: true,
        areaStyle: { opacity: 0.12 },
        data: rows.map((r) => r.row.received),
      },
      {
        name: t('repStats.kpi.handled'),
        type: 'line',
        smooth: true,
        areaStyle: { opacity: 0.12 },
        data: rows.map((r) => r.row.handled),
      },
      {
        name: t('repStats.kpi.overdue'),
        type: 'bar',
        barMaxWidth: 12,
        data: rows.map((r) => r.row.overdueNow),
      },
    ],
  };
}

/**
 * Horizontal stacked bars per unit or ward, the `limit` groups with most reports: handled, not yet handled,
 * rejected (the three add up to received).
 */
export function groupsBarOption(rows: LabelledRow[], t: TFunction, limit = 15): ChartOption {
  const top = [...rows]
    .sort((a, b) => b.row.received - a.row.received)
    .slice(0, limit)
    .reverse();
  const series = (name: string, color: string, pick: (r: StatsRow) => number) => ({
    name,
    type: 'bar' as const,
    stack: 'all',
    color,
    barMaxWidth: 18,
    emphasis: { focus: 'series' as const },
    data: top.map((r) => pick(r.row)),
  });
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: top.map((r) => r.label),
      axisLabel: { width: 160, overflow: 'truncate' },
    },
    series: [
      series(t('repStats.kpi.handled'), COLORS.handled, (r) => r.handled),
      series(t('repStats.kpi.unhandled'), COLORS.unhandled, (r) => r.unhandled),
      series(t('repStats.col.rejected'), COLORS.rejected, (r) => r.rejected),
    ],
  };
}

/** Share of received reports per (top-level) category, as a ring. */
export function categoryPieOption(rows: LabelledRow[], t: TFunction): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { type: 'scroll', bottom: 0 },
    series: [
      {
        name: t('repStats.kpi.received'),
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '44%'],
        avoidLabelOverlap: true,
        // Slices under ~4 % get no label (they would overlap); the legend and the tooltip still name them.
        minShowLabelAngle: 14,
        label: { formatter: '{d}%' },
        data: rows.filter((r) => r.row.received > 0).map((r) => ({ name: r.label, value: r.row.received })),
      },
    ],
  };
}
