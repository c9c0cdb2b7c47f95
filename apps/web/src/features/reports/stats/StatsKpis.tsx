import type { ReactNode } from 'react';
import { Card, Col, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StatsRow } from './statsApi';
import { formatCount, formatDecimal, formatRate, type Lang } from './statsFormat';

interface Kpi {
  id: string;
  title: string;
  /** The raw figure (data-value, for tests and scrapers); the text shown is `text`. */
  value: number | null;
  text: string;
  hint?: ReactNode;
  tone?: 'danger' | 'success';
}

/** The headline figures of the whole range and scope (the answer's `total` line). */
export function StatsKpis({ total, loading }: { total: StatsRow | undefined; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi';
  if (!total) {
    return <Skeleton active loading={loading} paragraph={{ rows: 2 }} />;
  }
  const kpis: Kpi[] = [
    {
      id: 'received',
      title: t('repStats.kpi.received'),
      value: total.received,
      text: formatCount(total.received, lang),
    },
    {
      id: 'handled',
      title: t('repStats.kpi.handled'),
      value: total.handled,
      text: formatCount(total.handled, lang),
      tone: 'success',
    },
    {
      id: 'unhandled',
      title: t('repStats.kpi.unhandled'),
      value: total.unhandled,
      text: formatCount(total.unhandled, lang),
    },
    {
      id: 'overdue',
      title: t('repStats.kpi.overdue'),
      value: total.overdueNow,
      text: formatCount(total.overdueNow, lang),
      ...(total.overdueNow > 0 && { tone: 'danger' as const }),
    },
    {
      id: 'on-time-rate',
      title: t('repStats.kpi.onTimeRate'),
      value: total.onTimeRate,
      text: formatRate(total.onTimeRate, lang),
      hint: `${formatCount(total.onTime, lang)} / ${formatCount(total.handled, lang)}`,
    },
    {
      id: 'mean-days',
      title: t('repStats.kpi.meanDays'),
      value: total.meanHandlingWorkingDays,
      text: formatDecimal(total.meanHandlingWorkingDays, lang, 1),
      hint: t('repStats.kpi.meanDaysUnit'),
    },
    {
      id: 'satisfaction',
      title: t('repStats.kpi.satisfaction'),
      value: total.satisfiedRate,
      text: formatRate(total.satisfiedRate, lang),
      hint: total.rated
        ? t('repStats.kpi.satisfiedOf', {
            rated: formatCount(total.rated, lang),
            stars: formatDecimal(total.meanStars, lang, 1),
          })
        : t('repStats.kpi.noRatings'),
    },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="stats-kpis">
      {kpis.map((k) => (
        <Col key={k.id} flex="1 1 150px">
          <Card size="small" style={{ height: '100%' }}>
            <div data-testid={`kpi-${k.id}`} data-value={k.value ?? ''}>
              <Typography.Text type="secondary">{k.title}</Typography.Text>
              <div style={{ fontSize: 26, fontWeight: 600, lineHeight: 1.3 }}>
                <Typography.Text type={k.tone} style={{ fontSize: 'inherit' }}>
                  {k.text}
                </Typography.Text>
              </div>
              {k.hint && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {k.hint}
                </Typography.Text>
              )}
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
