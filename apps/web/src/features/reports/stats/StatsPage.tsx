import { useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, DatePicker, Empty, Row, Segmented, Space, Spin, Tooltip, Typography } from 'antd';
import { DownloadOutlined, FileExcelOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../shared/charts/EChart';
import { API_DATE_FORMAT, DATE_FORMAT, vnWallClock } from '../../../shared/format';
import { useCategories } from '../reportsApi';
import {
  exportUrl,
  STAT_GROUPS,
  STAT_PERIODS,
  useStats,
  type StatGroup,
  type StatPeriod,
  type StatsAnswer,
  type StatsFilter,
} from './statsApi';
import { categoryPieOption, groupsBarOption, trendOption, type LabelledRow } from './statsCharts';
import { rowLabel, type Lang } from './statsFormat';
import { StatsKpis } from './StatsKpis';
import { StatsTable } from './StatsTable';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
type BarGroup = 'unit' | 'ward';
const TABLE_GROUPS: readonly StatGroup[] = ['unit', 'ward', 'categoryRoot', 'category', 'period'];

/** Today in Vietnam (yyyy-MM-dd), whatever the browser's time zone. */
function vnToday(): string {
  return vnWallClock().slice(0, 10);
}

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/**
 * Statistics of citizen reports for leaders and the IOC: headline figures, the trend by period, the
 * distribution by unit/ward and by category, and the table that the CSV/Excel exports contain. The filters
 * live in the address (from, to, period, groupBy, bar) so a view can be bookmarked or sent to a colleague.
 * Dates are Vietnam calendar days on the reception date, as the server counts them.
 */
export function StatsPage() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi';
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();

  const today = vnToday();
  const to = ISO_DAY.test(params.get('to') ?? '') ? params.get('to')! : today;
  const from = ISO_DAY.test(params.get('from') ?? '')
    ? params.get('from')!
    : dayjs(to).subtract(29, 'day').format(API_DATE_FORMAT);
  const period = pick<StatPeriod>(params.get('period'), STAT_PERIODS, 'week');
  const tableGroup = pick<StatGroup>(params.get('groupBy'), STAT_GROUPS, 'unit');
  const barGroup = pick<BarGroup>(params.get('bar'), ['unit', 'ward'], 'unit');
  const filter: StatsFilter = { from, to, period };

  const set = (patch: Record<string, string>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(patch)) next.set(k, v);
        return next;
      },
      { replace: true },
    );

  const trend = useStats('period', filter);
  const bars = useStats(barGroup, filter);
  const byCategory = useStats('categoryRoot', filter);
  const table = useStats(tableGroup, filter);
  const fetching = useIsFetching({ queryKey: ['report-stats'] }) > 0;

  const categories = useCategories();
  const categoryMap = useMemo(() => new Map((categories.data ?? []).map((c) => [c.id, c])), [categories.data]);
  const labelled = (answer: StatsAnswer | undefined): LabelledRow[] =>
    (answer?.rows ?? []).map((row) => ({
      row,
      label: rowLabel(row, answer!.groupBy, answer!.period, t, lang, categoryMap),
    }));
  const trendRows = labelled(trend.data);
  const barRows = labelled(bars.data);
  const categoryRows = labelled(byCategory.data);
  const tableRows = labelled(table.data);

  // Options are rebuilt only when their data or the language change (a new option redraws the chart);
  // the labelled rows are derived from exactly these inputs.
  const trendChart = useMemo(() => trendOption(trendRows, t), [trend.data, lang]);
  const barChart = useMemo(() => groupsBarOption(barRows, t), [bars.data, lang, categoryMap]);
  const pieChart = useMemo(() => categoryPieOption(categoryRows, t), [byCategory.data, lang, categoryMap]);

  const range: [Dayjs, Dayjs] = [dayjs(from), dayjs(to)];
  const chartCard = (id: string, title: string, rows: LabelledRow[], loading: boolean, chart: ReactNode) => (
    <Card size="small" title={title} data-testid={`card-${id}`} style={{ height: '100%' }}>
      {rows.length === 0 ? loading ? <Spin /> : <Empty description={t('repStats.empty')} /> : chart}
    </Card>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="stats-page">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0, flex: '1 1 280px' }}>
          {t('repStats.title')}
        </Typography.Title>
        <Tooltip title={t('repStats.rangeHint')}>
          <span data-testid="stats-range">
            <DatePicker.RangePicker
              format={DATE_FORMAT}
              value={range}
              allowClear={false}
              disabledDate={(d) => d.format(API_DATE_FORMAT) > today}
              presets={[
                { label: t('repStats.presets.last7'), value: [dayjs(today).subtract(6, 'day'), dayjs(today)] },
                { label: t('repStats.presets.last30'), value: [dayjs(today).subtract(29, 'day'), dayjs(today)] },
                { label: t('repStats.presets.last90'), value: [dayjs(today).subtract(89, 'day'), dayjs(today)] },
                { label: t('repStats.presets.thisMonth'), value: [dayjs(today).startOf('month'), dayjs(today)] },
                { label: t('repStats.presets.thisYear'), value: [dayjs(today).startOf('year'), dayjs(today)] },
              ]}
              onChange={(v) => {
                if (v?.[0] && v[1]) set({ from: v[0].format(API_DATE_FORMAT), to: v[1].format(API_DATE_FORMAT) });
              }}
              aria-label={t('repStats.range')}
            />
          </span>
        </Tooltip>
        <Button
          icon={<ReloadOutlined />}
          loading={fetching}
          onClick={() => void qc.invalidateQueries({ queryKey: ['report-stats'] })}
          aria-label={t('repStats.refresh')}
          data-testid="stats-refresh"
        />
        <Button icon={<DownloadOutlined />} href={exportUrl('csv', tableGroup, filter)} data-testid="stats-export-csv">
          {t('repStats.exportCsv')}
        </Button>
        <Button
          icon={<FileExcelOutlined />}
          href={exportUrl('xlsx', tableGroup, filter)}
          data-testid="stats-export-xlsx"
        >
          {t('repStats.exportXlsx')}
        </Button>
      </div>

      <StatsKpis total={trend.data?.total} loading={trend.isPending} />

      <Row gutter={[12, 12]}>
        <Col xs={24} xl={14}>
          {chartCard(
            'trend',
            t('repStats.charts.trend'),
            trendRows,
            trend.isPending,
            <>
              <Segmented<StatPeriod>
                size="small"
                value={period}
                onChange={(v) => set({ period: v })}
                options={STAT_PERIODS.map((p) => ({ value: p, label: t(`repStats.periods.${p}`) }))}
                aria-label={t('repStats.period')}
                data-testid="stats-period"
              />
              <EChart option={trendChart} ariaLabel={t('repStats.charts.trend')} data-testid="chart-trend" />
            </>,
          )}
        </Col>
        <Col xs={24} xl={10}>
          {chartCard(
            'category',
            t('repStats.charts.byCategory'),
            categoryRows,
            byCategory.isPending,
            <EChart option={pieChart} ariaLabel={t('repStats.charts.byCategory')} data-testid="chart-category" />,
          )}
        </Col>
        <Col xs={24}>
          <Card
            size="small"
            title={barGroup === 'unit' ? t('repStats.charts.byUnit') : t('repStats.charts.byWard')}
            extra={
              <Segmented<BarGroup>
                size="small"
                value={barGroup}
                onChange={(v) => set({ bar: v })}
                options={[
                  { value: 'unit', label: t('repStats.groups.unit') },
                  { value: 'ward', label: t('repStats.groups.ward') },
                ]}
                data-testid="stats-bar-group"
              />
            }
          >
            {barRows.length === 0 ? (
              bars.isPending ? (
                <Spin />
              ) : (
                <Empty description={t('repStats.empty')} />
              )
            ) : (
              <>
                {barRows.length > 15 && (
                  <Typography.Text type="secondary">{t('repStats.charts.top', { count: 15 })}</Typography.Text>
                )}
                <EChart
                  option={barChart}
                  height={Math.max(240, Math.min(barRows.length, 15) * 28 + 60)}
                  ariaLabel={barGroup === 'unit' ? t('repStats.charts.byUnit') : t('repStats.charts.byWard')}
                  data-testid="chart-groups"
                />
              </>
            )}
          </Card>
        </Col>
      </Row>

      <Card size="small" title={t('repStats.table')}>
        {/* In the body, not the card's header: five choices do not fit beside the title on a phone. */}
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginBottom: 12 }}>
          <Typography.Text type="secondary">{t('repStats.groupBy')}</Typography.Text>
          <div style={{ minWidth: 0, maxWidth: '100%', overflowX: 'auto' }}>
            <Segmented<StatGroup>
              size="small"
              value={tableGroup}
              onChange={(v) => set({ groupBy: v })}
              options={TABLE_GROUPS.map((g) => ({ value: g, label: t(`repStats.groups.${g}`) }))}
              data-testid="stats-group-by"
            />
          </div>
        </div>
        <StatsTable rows={tableRows} total={table.data?.total} loading={table.isFetching} />
      </Card>
    </Space>
  );
}
