import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import type { CalendarService } from '../calendar/index.js';

/**
 * Deadlines in working days (core/calendar), and their pause: while a case
 * waits on someone outside the handling unit (a citizen asked for
 * information, a dossier returned for completion) the time is not the
 * unit's. The due date is held and the deadline stops; when it resumes, the
 * whole working days that were left at the pause count again from then —
 * never earlier than the held date.
 */
export interface PausedDeadline {
  since: Date;
  /** The due date held at the pause (an extension granted meanwhile moves it). */
  dueAt: Date;
}

export type Calendar = Pick<CalendarService, 'addWorkingDays'>;

/** Longest deadline counted, in working days: a guard against a due date centuries ahead. */
const MAX_WORKING_DAYS = 400;

/** Whole working days of a deadline left at `from`: the largest n with addWorkingDays(from, n) <= due. */
export async function workingDaysLeft(calendar: Calendar, from: Date, due: Date): Promise<number> {
  let n = 0;
  while (n < MAX_WORKING_DAYS && (await calendar.addWorkingDays(from, n + 1)).getTime() <= due.getTime()) n++;
  return n;
}

/** The due date of a deadline resumed at `now`: the days left at the pause, from now, not before the held date. */
export async function resumedDueAt(
  calendar: Calendar,
  paused: PausedDeadline,
  now: Date,
): Promise<{ dueAt: Date; workingDaysLeft: number }> {
  const left = await workingDaysLeft(calendar, paused.since, paused.dueAt);
  const computed = await calendar.addWorkingDays(now, left);
  return { dueAt: computed.getTime() < paused.dueAt.getTime() ? paused.dueAt : computed, workingDaysLeft: left };
}

/** What a pause host is: the step of an action, with the item's deadline and its pause. */
export interface PauseSubject {
  trx: Kysely<Database>;
  now: Date;
  /** Null while the deadline runs; the kernel sets and clears it. */
  paused: PausedDeadline | null;
}

/** How a module keeps its deadline (its columns) and tells about the pause (its timeline); W: its reasons to resume. */
export interface PauseAdapter<S extends PauseSubject, W extends string = string> {
  dueOf(s: S): Date | null;
  /**
   * Persists the deadline and mirrors it on the step's item: paused (due
   * null, the date held), resumed (the new due date), or dropped (the held
   * date comes back as it was, nothing queued).
   */
  write(
    s: S,
    change:
      { kind: 'paused'; held: PausedDeadline } | { kind: 'resumed'; dueAt: Date } | { kind: 'dropped'; dueAt: Date },
  ): Promise<void>;
  /** Queues the reminder and overdue jobs of the new due date (deadline-jobs.ts). */
  schedule(s: S, dueAt: Date): Promise<void>;
  paused(s: S, info: { dueAt: Date; workingDaysLeft: number }): Promise<void>;
  resumed(s: S, info: { why: W; pausedAt: Date; dueBefore: Date; dueAt: Date; workingDaysLeft: number }): Promise<void>;
}

export function createDeadlinePause<S extends PauseSubject, W extends string = string>(
  calendar: Calendar,
  adapter: PauseAdapter<S, W>,
) {
  /**
   * Stops the deadline; false when it is not running, already paused (a
   * second question keeps the first pause) or already passed (a deadline
   * missed before asking is not forgiven by asking).
   */
  async function pause(s: S): Promise<boolean> {
    const due = adapter.dueOf(s);
    if (s.paused || !due || due.getTime() <= s.now.getTime()) return false;
    const left = await workingDaysLeft(calendar, s.now, due);
    const held = { since: s.now, dueAt: due };
    await adapter.write(s, { kind: 'paused', held });
    s.paused = held;
    await adapter.paused(s, { dueAt: due, workingDaysLeft: left });
    return true;
  }

  /** Lets the deadline run again from now; `why` is the module's reason. Null when it was not paused. */
  async function resume(s: S, why: W): Promise<Date | null> {
    const p = s.paused;
    if (!p) return null;
    const { dueAt, workingDaysLeft: left } = await resumedDueAt(calendar, p, s.now);
    await adapter.write(s, { kind: 'resumed', dueAt });
    s.paused = null;
    await adapter.resumed(s, { why, pausedAt: p.since, dueBefore: p.dueAt, dueAt, workingDaysLeft: left });
    await adapter.schedule(s, dueAt);
    return dueAt;
  }

  /** The item leaves handling while paused: the held date comes back, nothing is queued or told. */
  async function drop(s: S): Promise<void> {
    const p = s.paused;
    if (!p) return;
    await adapter.write(s, { kind: 'dropped', dueAt: p.dueAt });
    s.paused = null;
  }

  /** An extension granted during a pause moves the held date (the jobs come with the resumption). */
  function moveHeld(s: S, dueAt: Date): void {
    if (s.paused) s.paused.dueAt = dueAt;
  }

  return {
    pause,
    resume,
    drop,
    moveHeld,
    workingDaysLeft: (from: Date, due: Date) => workingDaysLeft(calendar, from, due),
  };
}

export type DeadlinePause<S extends PauseSubject, W extends string = string> = ReturnType<
  typeof createDeadlinePause<S, W>
>;
