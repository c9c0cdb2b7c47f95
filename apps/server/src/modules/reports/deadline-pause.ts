/**
 * The deadline pause while the unit awaits the reporter's information (thời
 * hạn tạm dừng khi chờ bổ sung thông tin): the time spent waiting for the
 * citizen is not the unit's handling time.
 *
 *  - pause: a request for information made before the due date stops the
 *    deadline. due_at becomes NULL (no list, statistic or job counts the
 *    report as overdue meanwhile) and the due date is held in paused_due_at.
 *    Already overdue → nothing stops: the deadline was missed before asking.
 *  - resume: when the reporter replies — or when the unit carries on without
 *    the reply (drafts its answer; steps.move) — the whole working days that
 *    were left at the pause count again from now: due = addWorkingDays(now,
 *    left), never earlier than the held date; the reminder and overdue jobs
 *    are queued for the new date (jobs of the old one find it changed).
 *
 * Both write a timeline entry the reporter sees, saying so.
 */
import type { Kysely } from 'kysely';
import type { Database, ReportStatusColumn } from '../../core/db/index.js';
import { formatVn, SYSTEM_LABEL, type Context } from './context.js';
import { createDeadlines } from './reports.jobs.js';

export interface PausedDeadline {
  since: Date;
  /** The due date held at the pause (moved by an extension approved meanwhile). */
  dueAt: Date;
}

/** A report's pause (null: its deadline runs). Read apart from the report's lock query, which lists its columns. */
export async function readPause(trx: Kysely<Database>, reportId: string): Promise<PausedDeadline | null> {
  const r = await trx
    .selectFrom('reports')
    .select(['deadline_paused_at', 'paused_due_at'])
    .where('id', '=', reportId)
    .executeTakeFirst();
  return r?.deadline_paused_at && r.paused_due_at ? { since: r.deadline_paused_at, dueAt: r.paused_due_at } : null;
}

/** The minimal view of a step the pause needs (steps.ts's Step satisfies it). */
interface PauseStep {
  trx: Kysely<Database>;
  row: {
    id: string;
    status: ReportStatusColumn;
    due_at: Date | null;
    assigned_unit_id: string | null;
    area_unit_id: string;
  };
  now: Date;
  paused: PausedDeadline | null;
  audit: {
    add(e: { action: string; targetType: string; targetId: string; unitId: string | null; after: unknown }): void;
  };
}

export function createDeadlinePause(c: Context) {
  const { repo, deps } = c;
  const deadlines = createDeadlines(c);

  /** Whole working days of the deadline left at `from`: the largest n with addWorkingDays(from, n) <= due. */
  async function workingDaysLeft(from: Date, due: Date): Promise<number> {
    let n = 0;
    while (n < 400 && (await deps.calendar.addWorkingDays(from, n + 1)).getTime() <= due.getTime()) n++;
    return n;
  }

  async function entry(
    s: PauseStep,
    action: 'deadline_paused' | 'deadline_resumed',
    note: string,
    data: Record<string, unknown>,
  ) {
    await repo.insertHistory(s.trx, {
      report_id: s.row.id,
      at: s.now,
      action,
      from_status: s.row.status,
      to_status: s.row.status,
      actor_id: null,
      actor_label: SYSTEM_LABEL,
      unit_id: s.row.assigned_unit_id,
      note,
      visibility: 'reporter',
      data: JSON.stringify(data),
    });
    s.audit.add({
      action: `report.${action}`,
      targetType: 'report',
      targetId: s.row.id,
      unitId: s.row.assigned_unit_id ?? s.row.area_unit_id,
      after: data,
    });
  }

  /** Stops the deadline (a request for information); false when it is not running or already passed. */
  async function pause(s: PauseStep): Promise<boolean> {
    const due = s.row.due_at;
    if (s.paused || !due || due.getTime() <= s.now.getTime()) return false;
    const left = await workingDaysLeft(s.now, due);
    await repo.update(s.trx, s.row.id, { due_at: null, deadline_paused_at: s.now, paused_due_at: due });
    s.row.due_at = null;
    s.paused = { since: s.now, dueAt: due };
    await entry(
      s,
      'deadline_paused',
      `Tạm dừng tính thời hạn xử lý trong thời gian chờ người phản ánh bổ sung thông tin ` +
        `(hạn đang là ${formatVn(due)}, còn ${left} ngày làm việc).`,
      { dueAt: due.toISOString(), workingDaysLeft: left },
    );
    return true;
  }

  /**
   * Lets the deadline run again from now with the working days left at the
   * pause. `reply`: the reporter answered; `carried_on`: the unit went on
   * without the answer. Returns the new due date (null when not paused).
   */
  async function resume(s: PauseStep, why: 'reply' | 'carried_on'): Promise<Date | null> {
    const p = s.paused;
    if (!p) return null;
    const left = await workingDaysLeft(p.since, p.dueAt);
    const computed = await deps.calendar.addWorkingDays(s.now, left);
    const due = computed.getTime() < p.dueAt.getTime() ? p.dueAt : computed;
    await repo.update(s.trx, s.row.id, {
      due_at: due,
      deadline_paused_at: null,
      paused_due_at: null,
      reminded_at: null,
    });
    s.row.due_at = due;
    s.paused = null;
    const reason =
      why === 'reply'
        ? 'Người phản ánh đã bổ sung thông tin'
        : 'Đơn vị tiếp tục xử lý khi chưa nhận được thông tin bổ sung';
    await entry(
      s,
      'deadline_resumed',
      `${reason}: tiếp tục tính thời hạn xử lý; thời gian chờ từ ${formatVn(p.since)} không tính vào thời hạn. ` +
        `Hạn mới: ${formatVn(due)}.`,
      {
        why,
        pausedAt: p.since.toISOString(),
        dueBefore: p.dueAt.toISOString(),
        dueAt: due.toISOString(),
        workingDaysLeft: left,
      },
    );
    await deadlines.schedule(s.trx, s.row.id, due);
    return due;
  }

  /** The report leaves handling (merged away): the held date comes back, no job is queued. */
  async function drop(s: PauseStep): Promise<void> {
    const p = s.paused;
    if (!p) return;
    await repo.update(s.trx, s.row.id, { due_at: p.dueAt, deadline_paused_at: null, paused_due_at: null });
    s.row.due_at = p.dueAt;
    s.paused = null;
  }

  return { pause, resume, drop, workingDaysLeft };
}

export type DeadlinePause = ReturnType<typeof createDeadlinePause>;
