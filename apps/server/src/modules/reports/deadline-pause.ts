/**
 * The deadline pause while the unit awaits the reporter's information (thời
 * hạn tạm dừng khi chờ bổ sung thông tin): the time spent waiting for the
 * citizen is not the unit's handling time. The rules are the workflow
 * kernel's (core/workflow deadlines.ts); this file keeps them on the
 * report's columns and says so in its timeline.
 *
 *  - pause: a request for information made before the due date stops the
 *    deadline. due_at becomes NULL (no list, statistic or job counts the
 *    report as overdue meanwhile) and the due date is held in paused_due_at.
 *    Already overdue → nothing stops: the deadline was missed before asking.
 *  - resume: when the reporter replies — or when the unit carries on without
 *    the reply (drafts its answer; steps.ts beforeMove) — the whole working
 *    days that were left at the pause count again from now, never earlier
 *    than the held date; the reminder and overdue jobs are queued for the new
 *    date (jobs of the old one find it changed).
 *
 * Both write a timeline entry the reporter sees, saying so.
 */
import type { Kysely } from 'kysely';
import type { Database, ReportStatusColumn } from '../../core/db/index.js';
import {
  createDeadlinePause as createKernelPause,
  type PausedDeadline,
  type PauseSubject,
} from '../../core/workflow/index.js';
import { formatVn, SYSTEM_LABEL, type Context } from './context.js';
import { createDeadlines } from './reports.jobs.js';

export type { PausedDeadline };

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
interface PauseStep extends PauseSubject {
  item: {
    id: string;
    status: ReportStatusColumn;
    due_at: Date | null;
    assigned_unit_id: string | null;
    area_unit_id: string;
  };
  audit: {
    add(e: { action: string; targetType: string; targetId: string; unitId: string | null; after: unknown }): void;
  };
}

type Why = 'reply' | 'carried_on';

const RESUMED_BECAUSE: Record<Why, string> = {
  reply: 'Người phản ánh đã bổ sung thông tin',
  carried_on: 'Đơn vị tiếp tục xử lý khi chưa nhận được thông tin bổ sung',
};

/** The timeline entry the reporter sees, and its audit entry. */
async function entry(
  c: Context,
  s: PauseStep,
  action: 'deadline_paused' | 'deadline_resumed',
  note: string,
  data: Record<string, unknown>,
) {
  await c.repo.insertHistory(s.trx, {
    report_id: s.item.id,
    at: s.now,
    action,
    from_status: s.item.status,
    to_status: s.item.status,
    actor_id: null,
    actor_label: SYSTEM_LABEL,
    unit_id: s.item.assigned_unit_id,
    note,
    visibility: 'reporter',
    data: JSON.stringify(data),
  });
  s.audit.add({
    action: `report.${action}`,
    targetType: 'report',
    targetId: s.item.id,
    unitId: s.item.assigned_unit_id ?? s.item.area_unit_id,
    after: data,
  });
}

export function createDeadlinePause(c: Context) {
  const { repo } = c;
  const deadlines = createDeadlines(c);

  const kernel = createKernelPause<PauseStep, Why>(c.deps.calendar, {
    dueOf: (s) => s.item.due_at,
    async write(s, change) {
      if (change.kind === 'paused') {
        const { since, dueAt } = change.held;
        await repo.update(s.trx, s.item.id, { due_at: null, deadline_paused_at: since, paused_due_at: dueAt });
        s.item.due_at = null;
        return;
      }
      await repo.update(s.trx, s.item.id, {
        due_at: change.dueAt,
        deadline_paused_at: null,
        paused_due_at: null,
        // A resumed deadline is a new one: its reminder is still to come. A dropped one keeps its state.
        ...(change.kind === 'resumed' && { reminded_at: null }),
      });
      s.item.due_at = change.dueAt;
    },
    schedule: (s, dueAt) => deadlines.schedule(s.trx, s.item.id, dueAt),
    paused: (s, { dueAt, workingDaysLeft }) =>
      entry(
        c,
        s,
        'deadline_paused',
        `Tạm dừng tính thời hạn xử lý trong thời gian chờ người phản ánh bổ sung thông tin ` +
          `(hạn đang là ${formatVn(dueAt)}, còn ${workingDaysLeft} ngày làm việc).`,
        { dueAt: dueAt.toISOString(), workingDaysLeft },
      ),
    resumed: (s, r) =>
      entry(
        c,
        s,
        'deadline_resumed',
        `${RESUMED_BECAUSE[r.why]}: tiếp tục tính thời hạn xử lý; thời gian chờ từ ${formatVn(r.pausedAt)} ` +
          `không tính vào thời hạn. Hạn mới: ${formatVn(r.dueAt)}.`,
        {
          why: r.why,
          pausedAt: r.pausedAt.toISOString(),
          dueBefore: r.dueBefore.toISOString(),
          dueAt: r.dueAt.toISOString(),
          workingDaysLeft: r.workingDaysLeft,
        },
      ),
  });

  return {
    /** Stops the deadline (a request for information); false when it is not running or already passed. */
    pause: kernel.pause,
    /** `reply`: the reporter answered; `carried_on`: the unit went on without the answer. */
    resume: kernel.resume,
    /** The report leaves handling (merged away): the held date comes back, no job is queued. */
    drop: kernel.drop,
    moveHeld: kernel.moveHeld,
    workingDaysLeft: kernel.workingDaysLeft,
  };
}

export type DeadlinePause = ReturnType<typeof createDeadlinePause>;
