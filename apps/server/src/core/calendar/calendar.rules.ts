/**
 * The rules that make a year's table of working days (pure: no I/O).
 *
 * 1. Weekly rest days (Saturday, Sunday) are off.
 * 2. Public holidays of the Labour Code (2019 art. 112; 2012 art. 115 before 2021):
 *    1/1; Tết Nguyên Đán, 5 days; Giỗ Tổ Hùng Vương, 10/3 lunar; 30/4; 1/5;
 *    2/9, plus from 2021 one adjacent day (1/9 or 3/9).
 * 3. A holiday on a weekly rest day gives a compensatory day off (nghỉ bù) on
 *    the next working day (2019 art. 111(3)).
 * 4. Official per-year data (calendar_overrides) wins over all of the above.
 *
 * The Prime Minister fixes each year's Tết days and the adjacent National Day;
 * without that decision the table uses the pattern every decision since 2014
 * has followed, so it is right before the data is entered:
 *  - Tết: the last day of the lunar year (giao thừa) and mùng 1–4. A Tết day on
 *    a Saturday moves to the working day before the block, one on a Sunday to
 *    the working day after it (2020: 23–29/1, 2021: 10–16/2, 2023: 20–26/1,
 *    2024: 8–14/2, 2025: 27–31/1, 2026: 16–20/2).
 *  - National Day: the adjacent day that joins 2/9 to a weekend (Mon → 3/9,
 *    Tue/Wed → 1/9, Thu → 3/9, Fri/Sat → 1/9, Sun → 3/9).
 *
 * Official data for a holiday REPLACES the computed days of that holiday: when
 * a year has any override tagged `holiday = 'tet'`, those rows are that year's
 * Tết and the computed Tết days (and their moved days) are dropped. Untagged
 * overrides just turn one day off ('off': a bridge day) or on ('work': a
 * Saturday worked in exchange, or cancelling a computed day off).
 */
import { lunarNewYear, lunarToSolar } from './lunar.js';
import { dayFromParts, parseIsoDay, weekdayOf, type DayNum } from './calendar.time.js';

export const HOLIDAYS = ['new_year', 'tet', 'hung_kings', 'reunification', 'labour_day', 'national_day'] as const;
export type HolidayKey = (typeof HOLIDAYS)[number];

export const HOLIDAY_LABELS: Record<HolidayKey, string> = {
  new_year: 'Tết Dương lịch',
  tet: 'Tết Nguyên Đán',
  hung_kings: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
  reunification: 'Ngày Chiến thắng (30/4)',
  labour_day: 'Ngày Quốc tế Lao động (1/5)',
  national_day: 'Quốc khánh (2/9)',
};

/** Years the rules describe: Labour Code 2012 (5-day Tết since 2014's schedule) up to the lunar tables' safe range. */
export const MIN_YEAR = 2014;
export const MAX_YEAR = 2100;

export type DayReason =
  'workday' | 'weekend' | `holiday:${HolidayKey}` | `compensatory:${HolidayKey}` | 'override:off' | 'override:work';

export interface OverrideData {
  date: string;
  kind: 'off' | 'work';
  reason: string;
  holiday: HolidayKey | null;
}

export interface YearTable {
  year: number;
  /** Day number of 1 January. */
  first: DayNum;
  /** 1 = working day, per day of the year. */
  working: Uint8Array;
  reason: DayReason[];
  /** Human text: the override's reason or the holiday's name. */
  note: (string | null)[];
}

interface Holiday {
  day: DayNum;
  key: HolidayKey;
}

const SATURDAY = 6;
const SUNDAY = 0;

/** The statutory holidays of `year`, before compensation and official data. */
export function statutoryHolidays(year: number): Holiday[] {
  const d = (m: number, day: number) => dayFromParts(year, m, day);
  const out: Holiday[] = [{ day: d(1, 1), key: 'new_year' }];
  const eve = lunarNewYear(year) - 1;
  for (let i = 0; i < 5; i++) out.push({ day: eve + i, key: 'tet' });
  out.push({ day: lunarToSolar(10, 3, year), key: 'hung_kings' });
  out.push({ day: d(4, 30), key: 'reunification' });
  out.push({ day: d(5, 1), key: 'labour_day' });
  const sep2 = d(9, 2);
  out.push({ day: sep2, key: 'national_day' });
  if (year >= 2021) {
    const before = [false, false, true, true, false, true, true][weekdayOf(sep2)];
    out.push({ day: before ? sep2 - 1 : sep2 + 1, key: 'national_day' });
  }
  return out.sort((a, b) => a.day - b.day);
}

export function buildYear(
  year: number,
  overrides: readonly OverrideData[],
  restWeekdays: ReadonlySet<number> = new Set([SATURDAY, SUNDAY]),
): YearTable {
  const first = dayFromParts(year, 1, 1);
  const size = dayFromParts(year + 1, 1, 1) - first;
  const inYear = (day: DayNum) => day >= first && day < first + size;
  const isRestWeekday = (day: DayNum) => restWeekdays.has(weekdayOf(day));

  const official = new Map<DayNum, OverrideData>();
  for (const o of overrides) {
    const day = parseIsoDay(o.date);
    if (day !== undefined && inYear(day)) official.set(day, o);
  }
  const replaced = new Set([...official.values()].flatMap((o) => (o.holiday ? [o.holiday] : [])));
  const holidays = statutoryHolidays(year).filter((h) => !replaced.has(h.key));

  const holidayOn = new Map(holidays.map((h) => [h.day, h.key]));
  const compensatory = new Map<DayNum, HolidayKey>();
  const isOff = (day: DayNum) =>
    holidayOn.has(day) || compensatory.has(day) || official.get(day)?.kind === 'off' || isRestWeekday(day);
  const seek = (from: DayNum, step: 1 | -1) => {
    let day = from + step;
    while (inYear(day) && isOff(day)) day += step;
    return inYear(day) ? day : undefined;
  };
  for (const h of holidays) {
    if (!isRestWeekday(h.day)) continue;
    // Tết days on a Saturday move before the block, the rest after (see above).
    const step = h.key === 'tet' && weekdayOf(h.day) === SATURDAY ? -1 : 1;
    const day = seek(h.day, step);
    if (day !== undefined) compensatory.set(day, h.key);
  }

  const working = new Uint8Array(size);
  const reason: DayReason[] = new Array<DayReason>(size);
  const note: (string | null)[] = new Array<string | null>(size).fill(null);
  for (let i = 0; i < size; i++) {
    const day = first + i;
    const o = official.get(day);
    const h = holidayOn.get(day);
    const c = compensatory.get(day);
    if (o) {
      working[i] = o.kind === 'work' ? 1 : 0;
      reason[i] = o.kind === 'work' ? 'override:work' : o.holiday ? `holiday:${o.holiday}` : 'override:off';
      note[i] = o.reason;
    } else if (h) {
      reason[i] = `holiday:${h}`;
      note[i] = HOLIDAY_LABELS[h];
    } else if (c) {
      reason[i] = `compensatory:${c}`;
      note[i] = `Nghỉ bù ${HOLIDAY_LABELS[c]}`;
    } else if (isRestWeekday(day)) {
      reason[i] = 'weekend';
    } else {
      working[i] = 1;
      reason[i] = 'workday';
    }
  }
  return { year, first, working, reason, note };
}
