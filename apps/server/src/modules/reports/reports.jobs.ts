import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/index.js';
import {
  AuditBuffer,
  createDeadlineJobs,
  inReminderWindow,
  isCurrent,
  isNewlyOverdue,
} from '../../core/workflow/index.js';
import { formatVn, opsUrl, SYSTEM_CONTEXT, SYSTEM_LABEL, type Context } from './context.js';
import { OPEN } from './machine.js';
import { overdueEvent } from './reports.events.js';
import type { ReportRow } from './reports.repo.js';

export const REPORT_JOBS = {
  remind: 'reports.remind',
  overdue: 'reports.overdue',
  close: 'reports.close',
  sweep: 'reports.sweep',
} as const;

export interface DeadlineJob {
  reportId: string;
  /** The due date the job was scheduled for (ISO): a job for an older due date does nothing. */
  dueAt: string;
}

/**
 * Deadlines (thời hạn xử lý). When a report gets a due date (verification,
 * an approved extension, reopening), two delayed pg-boss jobs are queued in
 * the same transaction: a reminder at the end of the previous working day and
 * the overdue check at the due instant. Each singleton key carries the due
 * date, so a new due date gets its own jobs and an old job finds the date
 * changed and does nothing. Handlers decide with the server's clock and
 * conditional updates: running one twice, early, or after the report was
 * answered changes nothing. A sweep every 10 minutes catches anything a lost
 * job missed.
 */
export function createDeadlines(c: Context) {
  const { repo, deps } = c;
  const jobs = createDeadlineJobs<DeadlineJob>({
    jobs: deps.jobs,
    calendar: deps.calendar,
    clock: c.clock,
    queues: {
      remind: REPORT_JOBS.remind,
      overdue: REPORT_JOBS.overdue,
      sweep: { queue: REPORT_JOBS.sweep, cron: '*/10 * * * *' },
    },
    payload: (reportId, dueAt) => ({ reportId, dueAt: dueAt.toISOString() }),
  });

  /** Queues the reminder and the overdue check of a due date, in the caller's transaction. */
  const schedule = jobs.schedule;
  /** The end of the working day before the due day (a due date at 17:00 → 17:00 of the previous working day). */
  const reminderTime = jobs.reminderTime;

  async function scheduleClose(trx: Kysely<Database>, reportId: string, publishedAt: Date): Promise<void> {
    const at = new Date(publishedAt.getTime() + c.options.objectionDays * 86_400_000);
    await deps.jobs.send(
      REPORT_JOBS.close,
      { reportId, publishedAt: publishedAt.toISOString() },
      { startAfter: at, singletonKey: `${reportId}:${publishedAt.getTime()}`, trx },
    );
  }

  /** Reminder: the handling unit's people (or the assignee) are told the report is due soon. */
  async function remind(job: DeadlineJob): Promise<boolean> {
    return c.db.transaction().execute(async (trx) => {
      const r = await repo.lock(trx, job.reportId);
      const due = r?.due_at;
      if (!r || !isCurrent(job.dueAt, due) || r.reminded_at || !OPEN.includes(r.status)) return false;
      if (!inReminderWindow(await reminderTime(due), due, c.clock())) return false;
      await repo.update(trx, r.id, { reminded_at: c.now() });
      const people = r.assignee_user_id
        ? [r.assignee_user_id]
        : await c.unitPeople(r.assigned_unit_id, ['officer', 'unit_leader']);
      await c.notifyAll(trx, people, 'reports.due_soon', {
        code: r.code,
        title: r.title,
        due: formatVn(due),
        url: opsUrl(r.id),
      });
      return true;
    });
  }

  /**
   * Overdue: at the due instant an open report is flagged (overdue_at, kept
   * for statistics), its timeline says so, and the unit's leader and the IOC
   * operators of the place are told. True when this call flagged it.
   */
  async function flagOverdue(job: DeadlineJob): Promise<boolean> {
    const flagged = await c.db.transaction().execute(async (trx) => {
      const r = await repo.lock(trx, job.reportId);
      const due = r?.due_at;
      if (!r || !OPEN.includes(r.status) || !isNewlyOverdue(due, r.overdue_at, c.clock())) return false;
      await escalate(c, trx, r, due);
      return true;
    });
    return flagged;
  }

  /** The safety net: every overdue report not yet flagged for its due date is flagged now. */
  async function sweep(close: (reportId: string) => Promise<boolean>): Promise<{ overdue: number; closed: number }> {
    let overdue = 0;
    let closed = 0;
    for (const r of await repo.overdueUnflagged(c.now(), 500))
      if (r.due_at && (await flagOverdue({ reportId: r.id, dueAt: r.due_at.toISOString() }))) overdue++;
    const before = new Date(c.clock() - c.options.objectionDays * 86_400_000);
    for (const r of await repo.closable(before, 500)) if (await close(r.id)) closed++;
    return { overdue, closed };
  }

  return { schedule, scheduleClose, reminderTime, remind, flagOverdue, sweep, defineQueues: jobs.define };
}

export type Deadlines = ReturnType<typeof createDeadlines>;

/**
 * Flags a report overdue for its due date: overdue_at (kept for
 * statistics), the timeline, the event, and the unit's leaders and the IOC
 * operators of the place told — escalation, in the job's transaction.
 */
async function escalate(c: Context, trx: Kysely<Database>, r: ReportRow, due: Date): Promise<void> {
  const { repo, deps } = c;
  const now = c.now();
  await repo.update(trx, r.id, { overdue_at: now, updated_at: now });
  await repo.insertHistory(trx, {
    report_id: r.id,
    at: now,
    action: 'overdue',
    from_status: r.status,
    to_status: r.status,
    actor_id: null,
    actor_label: SYSTEM_LABEL,
    unit_id: r.assigned_unit_id,
    note: null,
    visibility: 'internal',
    data: JSON.stringify({ dueAt: due.toISOString() }),
  });
  await deps.publish(trx, overdueEvent(r, due));
  const leaders = await c.unitPeople(r.assigned_unit_id, ['unit_leader']);
  const operators = await c.operatorsFor(r.area_path);
  await c.notifyAll(trx, [...new Set([...leaders, ...operators])], 'reports.overdue', {
    code: r.code,
    title: r.title,
    unit: r.assigned_name ?? r.area_name,
    due: formatVn(due),
    url: opsUrl(r.id),
  });
  const audit = new AuditBuffer(SYSTEM_CONTEXT);
  audit.add({
    action: 'report.overdue',
    targetType: 'report',
    targetId: r.id,
    unitId: r.assigned_unit_id ?? r.area_unit_id,
    after: { dueAt: due.toISOString(), escalatedTo: leaders.length + operators.length },
  });
  await audit.flush(trx, deps.audit);
}

/** Declares the module's queues (before jobs.start()). */
export function defineReportJobs(
  jobs: Context['deps']['jobs'],
  handlers: {
    deadlines: Deadlines;
    close: (reportId: string) => Promise<boolean>;
  },
): void {
  const { deadlines, close } = handlers;
  deadlines.defineQueues({
    remind: deadlines.remind,
    overdue: deadlines.flagOverdue,
    sweep: () => deadlines.sweep(close),
  });
  jobs.define<{ reportId: string }>(REPORT_JOBS.close, async (d) => void (await close(d.reportId)), {
    policy: 'short',
  });
}
