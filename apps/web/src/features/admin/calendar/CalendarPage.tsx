import { useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Card, Col, Row, Space, Typography } from 'antd';
import { FlagFilled } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { vnWallClock } from '../../../shared/format';
import { useIsNarrow } from '../../../shared/hooks';
import { CALENDAR_KEYS, DAY_KINDS, useOverrides, type CalendarDayDto, type OverrideDto } from './calendarApi';
import { DeadlineCalculator } from './DeadlineCalculator';
import { MonthCalendar } from './MonthCalendar';
import { OverrideModal, type OverrideTarget } from './OverrideModal';
import { OverridesCard } from './OverridesCard';

/** Admin: the working-day calendar, the year's overrides and a deadline calculator. */
export function CalendarPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const narrow = useIsNarrow();
  const [month, setMonth] = useState<Dayjs>(() => dayjs(vnWallClock().slice(0, 10)).startOf('month'));
  const [target, setTarget] = useState<OverrideTarget | null>(null);
  const year = month.year();
  const overrides = useOverrides(year);
  const byDate = useMemo(() => new Map((overrides.data ?? []).map((o) => [o.date, o])), [overrides.data]);
  const overridden = useMemo(() => new Set(byDate.keys()), [byDate]);

  const edit = (o: OverrideDto) => setTarget({ date: o.date, existing: o, kind: o.kind });
  const clickDay = (date: string, day: CalendarDayDto | undefined) => {
    const existing = byDate.get(date);
    if (existing) edit(existing);
    else setTarget({ date, existing: null, kind: day && !day.working ? 'work' : 'off' });
  };
  const changed = () => {
    setTarget(null);
    void qc.invalidateQueries({ queryKey: CALENDAR_KEYS.all });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('calendar.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Card styles={{ body: { paddingTop: 8 } }} data-testid="calendar-month">
            <MonthCalendar
              month={month}
              onMonthChange={(m) => setMonth(m.startOf('month'))}
              overridden={overridden}
              onDayClick={clickDay}
              compact={narrow}
            />
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Legend />
            <DeadlineCalculator />
          </Space>
        </Col>
      </Row>
      <OverridesCard
        year={year}
        onYearChange={(y) => setMonth(month.year(y))}
        overrides={overrides.data ?? []}
        loading={overrides.isFetching}
        onAdd={() => setTarget({ date: null, existing: null, kind: 'off' })}
        onEdit={edit}
        onChanged={changed}
      />
      <OverrideModal
        target={target}
        existingOn={(date) => byDate.get(date)}
        onClose={() => setTarget(null)}
        onSaved={changed}
      />
    </Space>
  );
}

function Legend() {
  const { t } = useTranslation();
  return (
    <Card title={t('calendar.legend')} size="small" data-testid="calendar-legend">
      <Space orientation="vertical" size={6}>
        {DAY_KINDS.map((kind) => (
          <span key={kind}>
            <span className={`vioc-legend-swatch k-${kind}`} />
            {t(`calendar.kinds.${kind}`)}
          </span>
        ))}
        <span>
          <FlagFilled style={{ color: '#fa8c16', width: 14, marginInlineEnd: 8 }} />
          {t('calendar.overridden')}
        </span>
      </Space>
    </Card>
  );
}
