/**
 * The Vietnamese lunar calendar (âm lịch), through @dqcai/vn-lunar: Hồ Ngọc
 * Đức's tables for the meridian 105°E (UTC+7), the calendar Vietnam has used
 * since 1968. It is NOT the Chinese calendar (UTC+8): the two put Tết on
 * different days in 1985, 2007, 2030, 2053… (Vietnamese Tết 2030 is 2/2/2030,
 * Chinese New Year 3/2/2030).
 *
 * The package's type declarations do not resolve under NodeNext (extension-less
 * relative imports), so its functions arrive untyped; they are re-typed here
 * and every result is checked.
 */
import * as vnLunar from '@dqcai/vn-lunar';
import { dayFromParts, type DayNum } from './calendar.time.js';

interface SolarParts {
  day: number;
  month: number;
  year: number;
}
interface LunarParts extends SolarParts {
  leap: boolean;
}

const lib = vnLunar as unknown as {
  getSolarDate(day: number, month: number, year: number, leap?: boolean): SolarParts;
  getLunarDate(day: number, month: number, year: number): LunarParts;
};

/** The package covers 1200–2199; the calendar module uses a narrower range. */
export const LUNAR_MIN_YEAR = 1200;
export const LUNAR_MAX_YEAR = 2199;

/** The solar day of lunar day/month of lunar year `year` (regular month unless `leap`). */
export function lunarToSolar(day: number, month: number, year: number, leap = false): DayNum {
  const s = lib.getSolarDate(day, month, year, leap);
  if (!s || !s.year) throw new RangeError(`lunar date ${day}/${month}/${year} is outside the supported range`);
  return dayFromParts(s.year, s.month, s.day);
}

/** Mùng 1 Tết: the first day of lunar year `year`, which always falls in January or February of `year`. */
export function lunarNewYear(year: number): DayNum {
  return lunarToSolar(1, 1, year);
}

/** The lunar date of a solar day. */
export function solarToLunar(year: number, month: number, day: number): LunarParts {
  const l = lib.getLunarDate(day, month, year);
  if (!l || !l.year) throw new RangeError(`date ${year}-${month}-${day} is outside the supported range`);
  return { day: l.day, month: l.month, year: l.year, leap: l.leap };
}
