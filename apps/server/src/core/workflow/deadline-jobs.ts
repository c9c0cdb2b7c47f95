import type { Kysely } from 'kysely';
import type { Database } from '../db/index.js';
import type { CalendarService } from '../calendar/index.js';
import type { Jobs } from '../jobs/index.js';

/**
 * Reminder and overdue jobs of a due date (core/jobs, pg-boss). When an item
 * gets a due date two delayed jobs are queued in the same transaction: a
 * reminder at the end of the previous working day and the overdue check at
 * the due instant. The singleton key carries the due date, so a new due date
 * gets jobs of its own and a job of an older date finds it changed and does
 * nothing (isCurrent). Handlers lock the item and decide with the server's
 * clock, so running one twice, early or late changes nothing; a sweep (cron)
 * catches what a lost job missed. The module plugs its handlers in.
 */
export interface DeadlineQueues {
  /** Queue of the reminder; omitted: no reminder. */
  remind?: string;
  overdue: string;
  /** The safety net, run by cron (policy singleton: never two at once). */
  sweep?: { queue: string; cron: string };
}

export interface DeadlineHandlers<J> {
  remind?: (job: J) => Promise<unknown>;
  overdue: (job: J) => Promise<unknown>;
  sweep?: () => Promise<unknown>;
}

/** How far back the reminder looks for a working day before the due day (Tết is the longest closure). */
const REMINDER_LOOKBACK_DAYS = 30;
const DAY_MS = 86_400_000;

export function createDeadlineJobs<J extends object>(deps: {
  jobs: Pick<Jobs, 'define' | 'send' | 'schedule'>;
  calendar: Pick<CalendarService, 'isWorkingDay'>;
  clock: () => number;
  queues: DeadlineQueues;
  /** The job's data; it must carry the due date it was queued for (an old job then does nothing). */
  payload: (itemId: string, dueAt: Date) => J;
}) {
  const { jobs, queues } = deps;

  /** The end of the working day before the due day (due 17:00 → 17:00 of the previous working day). */
  async function reminderTime(dueAt: Date): Promise<Date | null> {
    for (let back = 1; back <= REMINDER_LOOKBACK_DAYS; back++) {
      const candidate = new Date(dueAt.getTime() - back * DAY_MS);
      if (await deps.calendar.isWorkingDay(candidate)) return candidate;
    }
    return null;
  }

  /** Queues the reminder (when still ahead) and the overdue check of a due date, in the caller's transaction. */
  async function schedule(trx: Kysely<Database>, itemId: string, dueAt: Date): Promise<void> {
    const data = deps.payload(itemId, dueAt);
    const key = `${itemId}:${dueAt.getTime()}`;
    if (queues.remind) {
      const remindAt = await reminderTime(dueAt);
      if (remindAt && remindAt.getTime() > deps.clock())
        await jobs.send(queues.remind, data, { startAfter: remindAt, singletonKey: key, trx });
    }
    await jobs.send(queues.overdue, data, { startAfter: dueAt, singletonKey: key, trx });
  }

  /** Declares the queues with the module's handlers (before jobs.start()). */
  function define(handlers: DeadlineHandlers<J>): void {
    if (queues.remind && handlers.remind) {
      const remind = handlers.remind;
      jobs.define<J>(queues.remind, async (d) => void (await remind(d)), { policy: 'short' });
    }
    jobs.define<J>(queues.overdue, async (d) => void (await handlers.overdue(d)), { policy: 'short' });
    if (queues.sweep && handlers.sweep) {
      const sweep = handlers.sweep;
      jobs.define(queues.sweep.queue, async () => void (await sweep()), { policy: 'singleton' });
      jobs.schedule(queues.sweep.queue, queues.sweep.cron);
    }
  }

  return { schedule, reminderTime, define };
}

export type DeadlineJobs<J extends object> = ReturnType<typeof createDeadlineJobs<J>>;

/** A job queued for `jobDueAt` (ISO) still concerns the item: its due date has not moved since. */
export function isCurrent(jobDueAt: string, dueAt: Date | null | undefined): dueAt is Date {
  return !!dueAt && dueAt.toISOString() === jobDueAt;
}

/** The overdue moment has come and this due date was not flagged yet (flag once per due date). */
export function isNewlyOverdue(dueAt: Date | null | undefined, overdueAt: Date | null, now: number): dueAt is Date {
  if (!dueAt || now < dueAt.getTime()) return false;
  return !overdueAt || overdueAt.getTime() < dueAt.getTime();
}

/** The reminder's window: from the reminder time until the due instant. */
export function inReminderWindow(remindAt: Date | null, dueAt: Date, now: number): boolean {
  return remindAt !== null && now >= remindAt.getTime() && now < dueAt.getTime();
}
