import crypto from 'node:crypto';
import type { Kysely, Updateable } from 'kysely';
import type { ReportStatus } from '@vioc/contracts';
import type { Database } from '../../core/db/index.js';
import type { AuditContext } from '../../core/audit/index.js';
import type { Actor } from '../../core/auth/index.js';
import type { Reach, Who } from './access.js';
import { AuditBuffer, type Context } from './context.js';
import { createDeadlinePause, readPause, type PausedDeadline } from './deadline-pause.js';
import { tokenHash } from './intake.js';
import { MACHINE, OPEN, type Action } from './machine.js';
import type { ReportRow } from './reports.repo.js';
import { reportsErrors } from './reports.errors.js';
import { transitionEvents } from './reports.events.js';

/** One action in progress: the locked report, who the caller is for it, and the transaction. */
export interface Step {
  trx: Kysely<Database>;
  row: ReportRow;
  who: Set<Who>;
  reach: Reach;
  actor: Actor | null;
  reporterUserId: string | null;
  /**
   * The reporter acting as such (rating, objecting, answering a question):
   * the timeline says "the reporter" and the events name no account, so a
   * confidential reporter is not revealed to the officers through them.
   */
  asReporter: boolean;
  now: Date;
  audit: AuditBuffer;
  /** The deadline paused while awaiting the reporter's information (deadline-pause.ts); null while it runs. */
  paused: PausedDeadline | null;
}

export interface Caller {
  actor: Actor | null;
  ctx: AuditContext;
  /** A guest reporter's tracking token. */
  token?: string;
  /** Jobs acting on their own (deadlines, closing). */
  system?: boolean;
}

export const REPORTER_LABEL = 'Người phản ánh';

function sameHash(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * Runs one action of the state machine: locks the report, works out who the
 * caller is for it, refuses what the machine does not allow (a report the
 * caller may not see answers 404, one they see but may not act on 403, a
 * wrong status 409), then runs the action and writes its audit entries last,
 * all in one transaction.
 */
export function createSteps(c: Context) {
  const { repo, deps } = c;
  const pause = createDeadlinePause(c);

  async function act<T>(caller: Caller, id: string, action: Action, run: (s: Step) => Promise<T>): Promise<T> {
    try {
      return await attempt(caller, id, action, run);
    } catch (err) {
      // Refusals are security events: audited apart, since the action's transaction rolled back.
      const code = (err as { code?: string }).code;
      if (code === 'REPORT_NOT_FOUND' || code === 'REPORT_ACTION_FORBIDDEN')
        await deps.audit.recordAlone(caller.ctx, {
          action: `report.${action}`,
          outcome: 'denied',
          targetType: 'report',
          targetId: id,
          after: { code },
        });
      throw err;
    }
  }

  async function attempt<T>(caller: Caller, id: string, action: Action, run: (s: Step) => Promise<T>): Promise<T> {
    const reach = await c.access.reachOf(caller.actor);
    return c.db.transaction().execute(async (trx) => {
      const row = await repo.lock(trx, id);
      if (!row) throw reportsErrors.error('REPORT_NOT_FOUND');
      const reporter = await repo.reporterOf(id, trx);
      const isReporter = Boolean(
        reporter &&
        ((caller.actor?.userId && reporter.user_id === caller.actor.userId) ||
          (caller.token && reporter.token_hash && sameHash(tokenHash(caller.token), reporter.token_hash))),
      );
      const who = c.access.whoOn(reach, row, isReporter);
      if (caller.system) who.add('system');
      if (!who.has('viewer') && !who.has('reporter') && !who.has('system'))
        throw reportsErrors.error('REPORT_NOT_FOUND');
      const spec = MACHINE[action];
      if (!spec.who.some((w) => who.has(w))) throw reportsErrors.error('REPORT_ACTION_FORBIDDEN', { action });
      if (!(spec.from as readonly ReportStatus[]).includes(row.status))
        throw reportsErrors.error('REPORT_TRANSITION_NOT_ALLOWED', { action, status: row.status });
      const step: Step = {
        trx,
        row,
        who,
        reach,
        actor: caller.actor,
        reporterUserId: reporter?.user_id ?? null,
        asReporter: spec.who.every((w) => w === 'reporter'),
        now: c.now(),
        audit: new AuditBuffer(caller.ctx),
        paused: await readPause(trx, id),
      };
      const result = await run(step);
      await step.audit.flush(trx, deps.audit);
      return result;
    });
  }

  /**
   * Writes one step: the report's new status and fields, the timeline entry,
   * the events (staff; public and reporter when their view changes) and the
   * audit entry. `s.row` is updated in place so a following step (verify, then
   * assign) starts from the new state.
   */
  async function move(
    s: Step,
    action: string,
    to: ReportStatus | null,
    patch: Updateable<Database['reports']>,
    entry: {
      note?: string | null;
      visibility: 'internal' | 'reporter' | 'public';
      data?: Record<string, unknown>;
      /** Audit "after" beyond the status and the note (never personal data). */
      audit?: Record<string, unknown>;
    },
  ): Promise<void> {
    const from = s.row.status;
    const status = to ?? from;
    // A paused deadline waits for the reporter only while the report is being handled: once the
    // unit goes on (drafts its answer) the clock runs again; a report leaving handling drops it.
    if (s.paused && status !== 'assigned' && status !== 'in_progress') {
      if (OPEN.includes(status)) await pause.resume(s, 'carried_on');
      else await pause.drop(s);
    }
    await repo.update(s.trx, s.row.id, { ...patch, status, updated_at: s.now });
    Object.assign(s.row, patch, { status });
    if (patch.assigned_unit_id !== undefined) {
      const unit = patch.assigned_unit_id
        ? (await deps.org.unitPaths([patch.assigned_unit_id])).get(patch.assigned_unit_id)
        : undefined;
      s.row.assigned_path = unit?.path ?? null;
      s.row.assigned_name = unit?.fullName ?? null;
    }
    await repo.insertHistory(s.trx, {
      report_id: s.row.id,
      at: s.now,
      action,
      from_status: from,
      to_status: status,
      actor_id: s.actor?.userId ?? null,
      actor_label: s.asReporter ? REPORTER_LABEL : c.actorLabel(s.actor),
      unit_id: s.row.assigned_unit_id,
      note: entry.note ?? null,
      visibility: entry.visibility,
      data: entry.data ? JSON.stringify(entry.data) : null,
    });
    if (status !== from)
      for (const e of transitionEvents(s.row, {
        action,
        from,
        to: status,
        actorId: s.asReporter ? null : (s.actor?.userId ?? null),
        reporterUserId: s.reporterUserId,
      }))
        await deps.publish(s.trx, e);
    s.audit.add({
      action: `report.${action}`,
      targetType: 'report',
      targetId: s.row.id,
      unitId: s.row.assigned_unit_id ?? s.row.area_unit_id,
      before: { status: from },
      after: { status, ...(entry.note ? { note: entry.note } : {}), ...entry.audit },
    });
  }

  return { act, move, pause };
}

export type Steps = ReturnType<typeof createSteps>;
