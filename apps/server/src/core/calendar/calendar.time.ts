/**
 * Calendar days in Vietnam time. Asia/Ho_Chi_Minh is UTC+7 all year (no
 * daylight saving since 1975), so a local day is a fixed 24-hour window and
 * plain arithmetic is exact; no time-zone database is needed.
 *
 * A day is a "day number": days since 1970-01-01 in local time. Cheap to
 * compare, add and use as an array index.
 */
import { VN_OFFSET_MS } from '@vioc/contracts';

const DAY_MS = 86_400_000;

export type DayNum = number;

/** The local (UTC+7) day an instant falls on. */
export function dayOf(at: Date): DayNum {
  return Math.floor((at.getTime() + VN_OFFSET_MS) / DAY_MS);
}

/** Milliseconds since local midnight of the instant's day. */
export function msIntoDay(at: Date): number {
  return at.getTime() + VN_OFFSET_MS - dayOf(at) * DAY_MS;
}

/** The instant `ms` after local midnight of `day`. */
export function instantAt(day: DayNum, ms: number): Date {
  return new Date(day * DAY_MS - VN_OFFSET_MS + ms);
}

export function dayFromParts(year: number, month: number, day: number): DayNum {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `yyyy-MM-dd`; undefined when it is not a real calendar date. */
export function parseIsoDay(s: string): DayNum | undefined {
  const m = ISO_DATE.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const n = dayFromParts(y, mo, d);
  const back = new Date(n * DAY_MS);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? n : undefined;
}

export function isoDay(day: DayNum): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(day: DayNum): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: DayNum): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** "07:30" → milliseconds after midnight. */
export function parseClock(s: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(s);
  if (!m) throw new Error(`invalid time of day "${s}" (expected HH:mm)`);
  return (Number(m[1]) * 60 + Number(m[2])) * 60_000;
}
