import { Button, Calendar, DatePicker, Space, Spin, Tooltip, Typography } from 'antd';
import { FlagFilled, LeftOutlined, RightOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { API_DATE_FORMAT, vnWallClock } from '../../../shared/format';
import { MAX_DATE, MIN_DATE, dayKind, dayLabel, useMonthDays, type CalendarDayDto } from './calendarApi';

interface Props {
  month: Dayjs;
  onMonthChange: (month: Dayjs) => void;
  /** Dates (yyyy-MM-dd) with an override, drawn with a flag. */
  overridden: ReadonlySet<string>;
  onDayClick: (date: string, day: CalendarDayDto | undefined) => void;
  compact: boolean;
}

/** A month of the working calendar: working days, weekends, holidays (with their reason) and overrides. */
export function MonthCalendar({ month, onMonthChange, overridden, onDayClick, compact }: Props) {
  const { t } = useTranslation();
  const days = useMonthDays(month);
  const today = vnWallClock().slice(0, 10);

  const inMonth = [...(days.data?.values() ?? [])].filter((d) => d.date.startsWith(month.format('YYYY-MM')));
  const working = inMonth.filter((d) => d.working).length;

  const cell = (date: Dayjs) => {
    const key = date.format(API_DATE_FORMAT);
    const day = days.data?.get(key);
    const kind = day ? dayKind(day.reason) : 'workday';
    const label = day ? dayLabel(t, day) : null;
    const flagged = overridden.has(key) || kind === 'overrideOff' || kind === 'overrideWork';
    const classes = [
      'vioc-cal-cell',
      `k-${kind}`,
      compact && 'is-compact',
      day && !day.working && 'is-off',
      flagged && 'is-override',
      key === today && 'is-today',
      !date.isSame(month, 'month') && 'is-outside',
    ].filter(Boolean);
    // An override's note is its legal basis (a document number): worth a look on hover.
    const basis = flagged && day?.note && day.note !== label ? day.note : null;
    const title = [label, basis, flagged ? t('calendar.overridden') : null].filter(Boolean).join(' · ');
    const content = (
      <div className={classes.join(' ')} data-testid="cal-day" data-date={key} data-kind={kind}>
        <div className="vioc-cal-head">
          <span>
            <span className="vioc-cal-num">{date.date()}</span>
            {flagged && <FlagFilled className="vioc-cal-flag" aria-label={t('calendar.overridden')} />}
          </span>
          {!compact && day && (
            <span className="vioc-cal-lunar" title={t('calendar.lunar')}>
              {day.lunar.day === 1 ? `${day.lunar.day}/${day.lunar.month}` : day.lunar.day}
              {day.lunar.leap && day.lunar.day === 1 ? '*' : ''}
            </span>
          )}
        </div>
        {!compact && label && <div className="vioc-cal-label">{label}</div>}
      </div>
    );
    return title ? <Tooltip title={title}>{content}</Tooltip> : content;
  };

  return (
    <Spin spinning={days.isFetching && !days.data}>
      <Calendar
        className="vioc-calendar"
        value={month}
        fullscreen={!compact}
        validRange={[MIN_DATE, MAX_DATE.endOf('day')]}
        fullCellRender={(date, info) => (info.type === 'date' ? cell(date) : info.originNode)}
        onSelect={(date, { source }) => {
          if (!date.isSame(month, 'month')) onMonthChange(date);
          if (source === 'date') {
            const key = date.format(API_DATE_FORMAT);
            onDayClick(key, days.data?.get(key));
          }
        }}
        headerRender={() => (
          <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, padding: '8px 0 12px' }}>
            <Space size={4}>
              <Button
                icon={<LeftOutlined />}
                aria-label={t('calendar.prevMonth')}
                disabled={!month.subtract(1, 'month').isAfter(MIN_DATE.subtract(1, 'month'))}
                onClick={() => onMonthChange(month.subtract(1, 'month'))}
                data-testid="cal-prev"
              />
              <DatePicker
                picker="month"
                format="MM/YYYY"
                allowClear={false}
                value={month}
                minDate={MIN_DATE}
                maxDate={MAX_DATE}
                onChange={(d) => d && onMonthChange(d)}
                style={{ width: 120 }}
                data-testid="cal-month"
              />
              <Button
                icon={<RightOutlined />}
                aria-label={t('calendar.nextMonth')}
                disabled={month.isSame(MAX_DATE, 'month')}
                onClick={() => onMonthChange(month.add(1, 'month'))}
                data-testid="cal-next"
              />
              <Button onClick={() => onMonthChange(dayjs(today))}>{t('calendar.today')}</Button>
            </Space>
            <Typography.Text type="secondary" data-testid="cal-summary">
              {days.data
                ? t('calendar.monthSummary', {
                    month: month.month() + 1,
                    year: month.year(),
                    working,
                    off: inMonth.length - working,
                  })
                : ''}
            </Typography.Text>
          </div>
        )}
      />
    </Spin>
  );
}
