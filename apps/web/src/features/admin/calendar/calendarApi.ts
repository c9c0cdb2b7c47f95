import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { api, type ApiBody, type ApiData } from '../../../shared/api';
import { API_DATE_FORMAT } from '../../../shared/format';

/** apps/server/src/core/calendar/calendar.rules.ts HOLIDAYS. */
export const HOLIDAYS = ['new_year', 'tet', 'hung_kings', 'reunification', 'labour_day', 'national_day'] as const;
export type Holiday = (typeof HOLIDAYS)[number];

/** The years the server's calendar knows. */
export const MIN_DATE = dayjs('2014-01-01');
export const MAX_DATE = dayjs('2100-12-31');

/** GET /api/calendar/days item; reason: workday | weekend | holiday:<key> | compensatory:<key> | override:off | override:work */
export type CalendarDayDto = ApiData<'/api/calendar/days'>[number];
export type OverrideDto = ApiData<'/api/calendar/overrides'>[number];
export type OverrideBody = ApiBody<'/api/calendar/overrides/{date}', 'put'>;

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'compensatory' | 'overrideOff' | 'overrideWork';
export const DAY_KINDS: DayKind[] = ['workday', 'weekend', 'holiday', 'compensatory', 'overrideOff', 'overrideWork'];

export const CALENDAR_KEYS = {
  all: ['calendar'] as const,
  days: (from: string, to: string) => ['calendar', 'days', from, to] as const,
  overrides: (year: number) => ['calendar', 'overrides', year] as const,
};

function isHoliday(value: string | undefined): value is Holiday {
  return (HOLIDAYS as readonly string[]).includes(value ?? '');
}

export function dayKind(reason: string): DayKind {
  if (reason === 'weekend') return 'weekend';
  if (reason === 'override:off') return 'overrideOff';
  if (reason === 'override:work') return 'overrideWork';
  if (reason.startsWith('holiday:')) return 'holiday';
  if (reason.startsWith('compensatory:')) return 'compensatory';
  return 'workday';
}

/** The day's reason in the UI language; an override's own text (its legal basis) wins. */
export function dayLabel(t: TFunction, day: CalendarDayDto): string | null {
  const [what, key] = day.reason.split(':');
  if (what === 'override') return day.note ?? t(`calendar.kinds.${dayKind(day.reason)}`);
  if (what === 'holiday' && isHoliday(key)) return t(`calendar.holidays.${key}`);
  if (what === 'compensatory' && isHoliday(key)) {
    return t('calendar.compensatoryFor', { holiday: t(`calendar.holidays.${key}`) });
  }
  return null;
}

export function holidayLabel(t: TFunction, holiday: Holiday | null): string {
  return holiday ? t(`calendar.holidays.${holiday}`) : t('common.none');
}

function clamp(d: Dayjs): Dayjs {
  if (d.isBefore(MIN_DATE)) return MIN_DATE;
  if (d.isAfter(MAX_DATE)) return MAX_DATE;
  return d;
}

/** The days shown around `month` (the month plus the leading and trailing weeks of the grid). */
export function useMonthDays(month: Dayjs) {
  const from = clamp(month.startOf('month').subtract(7, 'day')).format(API_DATE_FORMAT);
  const to = clamp(month.endOf('month').add(14, 'day')).format(API_DATE_FORMAT);
  return useQuery({
    queryKey: CALENDAR_KEYS.days(from, to),
    queryFn: ({ signal }) => api.get('/api/calendar/days', { params: { query: { from, to } }, signal }),
    select: (days) => new Map(days.map((d) => [d.date, d])),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export function useOverrides(year: number) {
  return useQuery({
    queryKey: CALENDAR_KEYS.overrides(year),
    queryFn: ({ signal }) => api.get('/api/calendar/overrides', { params: { query: { year } }, signal }),
  });
}

export const saveOverride = (date: string, body: OverrideBody) =>
  api.put('/api/calendar/overrides/{date}', { params: { path: { date } }, body });

export const deleteOverride = (date: string) =>
  api.del('/api/calendar/overrides/{date}', { params: { path: { date } } });
