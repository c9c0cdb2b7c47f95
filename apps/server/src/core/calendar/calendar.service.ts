import type { Kysely } from 'kysely';
import type { EventPayload, EventType } from '@vioc/contracts';
import type { Database } from '../db/index.js';
import type { AuditContext, AuditService } from '../audit/index.js';
import type { NewEvent } from '../events/index.js';
import type { Actor } from '../auth/index.js';
import { calendarRepo } from './calendar.repo.js';
import { calendarErrors } from './calendar.errors.js';
import {
  buildYear,
  MAX_YEAR,
  MIN_YEAR,
  type DayReason,
  type HolidayKey,
  type OverrideData,
  type YearTable,
} from './calendar.rules.js';
import {
  dayFromParts,
  dayOf,
  instantAt,
  isoDay,
  msIntoDay,
  parseClock,
  parseIsoDay,
  weekdayOf,
  yearOf,
  type DayNum,
} from './calendar.time.js';
import { solarToLunar } from './lunar.js';

export interface CalendarOptions {
  /** Office sessions of every working day, local time. Default 07:30–11:30 and 13:30–17:00. */
  officeHours?: readonly { start: string; end: string }[];
  /** Weekly rest days, 0 = Sunday … 6 = Saturday. Default Saturday and Sunday. */
  restWeekdays?: readonly number[];
  /**
   * How long a cached year is trusted. Edits made in this process drop the
   * cache at once and edits in other processes arrive as events; this bound
   * covers a process that missed them. Default 10 minutes.
   */
  cacheTtlMs?: number;
}

export interface CalendarDay {
  date: string;
  weekday: number;
  working: boolean;
  reason: DayReason;
  note: string | null;
  lunar: { day: number; month: number; leap: boolean };
}

export interface OverrideDto {
  date: string;
  kind: 'off' | 'work';
  holiday: HolidayKey | null;
  reason: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OverrideInput {
  kind: 'off' | 'work';
  holiday?: HolidayKey | null;
  reason: string;
}

export const CALENDAR_CHANGED = 'calendar.override_changed' satisfies EventType;
const DEFAULT_HOURS = [
  { start: '07:30', end: '11:30' },
  { start: '13:30', end: '17:00' },
];
const MAX_RANGE_DAYS = 366;

/**
 * The working-day calendar (lịch làm việc) for legal deadlines, in
 * Asia/Ho_Chi_Minh time. Instants in and out are Dates (UTC); calendar days
 * are `yyyy-MM-dd` strings. What is a working day: see calendar.rules.ts.
 *
 * Deadlines count whole working days:
 *  - Counting starts at the first office moment at or after receipt. A request
 *    received on a rest day, after closing time (17:00) or before opening
 *    (07:30) counts from the start of the next (or that) working day, which is
 *    then working day 1. One received during office hours — the lunch break
 *    included — is on day 0: the part-day it arrived in is not counted.
 *  - addWorkingDays(received, n) is the end of office hours (17:00) of working
 *    day n. n = 0 gives the end of the day counting starts in (same-day work).
 *    Received Fri 13/2/2026 16:00, 5 days: day 0 is 13/2, Tết closes 14–22/2,
 *    days 1–5 are 23–27/2, due Fri 27/2/2026 17:00 (10:00Z).
 *  - workingDaysBetween(a, b) counts the working days whose office hours lie
 *    wholly within [a, b]; negative when b is before a. For n >= 1,
 *    workingDaysBetween(t, addWorkingDays(t, n)) === n.
 */
export function createCalendarService(deps: {
  db: Kysely<Database>;
  audit: AuditService;
  /** Writes a domain event in the caller's transaction (the outbox). */
  publish?: (trx: Kysely<Database>, e: NewEvent) => Promise<unknown>;
  /** Every process's committed events, heard by this process: other processes' edits drop this cache. */
  onBroadcast?: (listener: (events: readonly { type: string }[]) => void) => unknown;
  clock?: () => number;
  options?: CalendarOptions;
}) {
  const repo = calendarRepo(deps.db);
  const clock = deps.clock ?? Date.now;
  const rest = new Set(deps.options?.restWeekdays ?? [0, 6]);
  const ttl = deps.options?.cacheTtlMs ?? 600_000;
  const sessions = (deps.options?.officeHours ?? DEFAULT_HOURS).map((s) => ({
    start: parseClock(s.start),
    end: parseClock(s.end),
  }));
  if (sessions.length === 0 || sessions.some((s, i) => s.end <= s.start || (i > 0 && s.start < sessions[i - 1]!.end)))
    throw new Error('office hours must be ordered, non-overlapping sessions');
  const opens = sessions[0]!.start;
  const closes = sessions[sessions.length - 1]!.end;

  // One entry per year: the table as a promise, so concurrent callers share one load.
  const cache = new Map<number, { at: number; table: Promise<YearTable> }>();
  const invalidate = () => cache.clear();
  deps.onBroadcast?.((events) => {
    if (events.some((e) => e.type === CALENDAR_CHANGED)) invalidate();
  });

  function yearTable(year: number): Promise<YearTable> {
    if (year < MIN_YEAR || year > MAX_YEAR) throw calendarErrors.error('CALENDAR_OUT_OF_RANGE', { year });
    const hit = cache.get(year);
    if (hit && clock() - hit.at < ttl) return hit.table;
    const table = repo
      .between(`${year}-01-01`, `${year}-12-31`)
      .then((rows) => buildYear(year, rows satisfies OverrideData[], rest));
    const entry = { at: clock(), table };
    cache.set(year, entry);
    table.catch(() => {
      if (cache.get(year) === entry) cache.delete(year);
    });
    return table;
  }

  async function isWorking(day: DayNum): Promise<boolean> {
    const t = await yearTable(yearOf(day));
    return t.working[day - t.first] === 1;
  }

  async function nextWorking(day: DayNum): Promise<DayNum> {
    let d = day + 1;
    while (!(await isWorking(d))) d++;
    return d;
  }

  /** The day counting starts in, and whether it counts whole (see the rules above). */
  async function countingStart(at: Date): Promise<{ day: DayNum; whole: boolean }> {
    const day = dayOf(at);
    if (await isWorking(day)) {
      const ms = msIntoDay(at);
      if (ms <= opens) return { day, whole: true };
      if (ms < closes) return { day, whole: false };
    }
    return { day: await nextWorking(day), whole: true };
  }

  function dayNumOf(date: Date | string): DayNum {
    if (date instanceof Date) return dayOf(date);
    const day = parseIsoDay(date);
    if (day === undefined) throw calendarErrors.error('CALENDAR_OUT_OF_RANGE', { date });
    return day;
  }

  /** True when the local (UTC+7) day of `date` — a Date or `yyyy-MM-dd` — is a working day. */
  async function isWorkingDay(date: Date | string): Promise<boolean> {
    return isWorking(dayNumOf(date));
  }

  /** The due instant of a task of `n` working days received at `start` (rules above). */
  async function addWorkingDays(start: Date, n: number): Promise<Date> {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number >= 0, got ${n}`);
    const { day, whole } = await countingStart(start);
    let d = day;
    for (let k = whole ? 1 : 0; k < n; k++) d = await nextWorking(d);
    return instantAt(d, closes);
  }

  /** Working days wholly within [a, b]; negative when b is before a. */
  async function workingDaysBetween(a: Date, b: Date): Promise<number> {
    if (b.getTime() < a.getTime()) return -(await workingDaysBetween(b, a));
    const start = await countingStart(a);
    let d = start.whole ? start.day : await nextWorking(start.day);
    let count = 0;
    while (instantAt(d, closes).getTime() <= b.getTime()) {
      count++;
      d = await nextWorking(d);
    }
    return count;
  }

  /** When counting starts for a request received at `at`. */
  async function countsFrom(at: Date): Promise<Date> {
    const { day, whole } = await countingStart(at);
    return whole ? instantAt(day, opens) : at;
  }

  /** Each day of [from, to] (`yyyy-MM-dd`, at most 366 days) with why it is or is not a working day. */
  async function days(from: string, to: string): Promise<CalendarDay[]> {
    const a = dayNumOf(from);
    const b = dayNumOf(to);
    if (b < a || b - a >= MAX_RANGE_DAYS) throw calendarErrors.error('CALENDAR_RANGE_TOO_LONG');
    const out: CalendarDay[] = [];
    for (let d = a; d <= b; d++) {
      const t = await yearTable(yearOf(d));
      const i = d - t.first;
      const iso = isoDay(d);
      const l = solarToLunar(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
      out.push({
        date: iso,
        weekday: weekdayOf(d),
        working: t.working[i] === 1,
        reason: t.reason[i]!,
        note: t.note[i] ?? null,
        lunar: { day: l.day, month: l.month, leap: l.leap },
      });
    }
    return out;
  }

  function checkDate(date: string): void {
    const day = parseIsoDay(date);
    if (day === undefined || day < dayFromParts(MIN_YEAR, 1, 1) || day >= dayFromParts(MAX_YEAR + 1, 1, 1))
      throw calendarErrors.error('CALENDAR_OUT_OF_RANGE', { date });
  }

  /** The calendar is the province's: only an administrator of a top-level unit edits it. */
  function requireProvinceAdmin(actor: Actor): void {
    if (!actor.memberships.some((m) => m.role === 'admin' && !m.unitPath.includes('.')))
      throw calendarErrors.error('CALENDAR_OUT_OF_SCOPE');
  }

  async function listOverrides(year?: number): Promise<OverrideDto[]> {
    const rows = year
      ? await repo.between(`${year}-01-01`, `${year}-12-31`)
      : await repo.between(`${MIN_YEAR}-01-01`, `${MAX_YEAR}-12-31`);
    return rows.map(toDto);
  }

  async function setOverride(
    actor: Actor,
    ctx: AuditContext,
    date: string,
    input: OverrideInput,
  ): Promise<OverrideDto> {
    requireProvinceAdmin(actor);
    checkDate(date);
    const holiday = input.holiday ?? null;
    if (holiday && input.kind !== 'off') throw calendarErrors.error('CALENDAR_HOLIDAY_NOT_OFF');
    const row = await deps.db.transaction().execute(async (trx) => {
      const before = await repo.find(trx, date);
      const values = { date, kind: input.kind, holiday, reason: input.reason, created_by: actor.userId };
      await repo.upsert(trx, values);
      const after = await repo.find(trx, date);
      await announce(trx, actor, date, { kind: input.kind, holiday });
      await deps.audit.record(trx, ctx, {
        action: before ? 'calendar.override_update' : 'calendar.override_create',
        targetType: 'calendar_override',
        targetId: date,
        before: before ? toDto(before) : undefined,
        after: values,
      });
      return after!;
    });
    invalidate();
    return toDto(row);
  }

  async function deleteOverride(actor: Actor, ctx: AuditContext, date: string): Promise<void> {
    requireProvinceAdmin(actor);
    checkDate(date);
    await deps.db.transaction().execute(async (trx) => {
      const before = await repo.find(trx, date);
      if (!before) throw calendarErrors.error('CALENDAR_OVERRIDE_NOT_FOUND');
      await repo.remove(trx, date);
      await announce(trx, actor, date, { deleted: true });
      await deps.audit.record(trx, ctx, {
        action: 'calendar.override_delete',
        targetType: 'calendar_override',
        targetId: date,
        before: toDto(before),
      });
    });
    invalidate();
  }

  async function announce(
    trx: Kysely<Database>,
    actor: Actor,
    date: string,
    payload: Omit<EventPayload<typeof CALENDAR_CHANGED>, 'date'>,
  ) {
    await deps.publish?.(trx, {
      type: CALENDAR_CHANGED,
      aggregateType: 'calendar',
      aggregateId: date,
      actorId: actor.userId,
      payload: { date, ...payload },
    });
  }

  return {
    isWorkingDay,
    addWorkingDays,
    workingDaysBetween,
    countsFrom,
    days,
    listOverrides,
    setOverride,
    deleteOverride,
    invalidate,
  };
}

function toDto(r: {
  date: string;
  kind: 'off' | 'work';
  holiday: HolidayKey | null;
  reason: string;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}): OverrideDto {
  return {
    date: r.date,
    kind: r.kind,
    holiday: r.holiday,
    reason: r.reason,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
