import crypto from 'node:crypto';
import type { Kysely, Updateable } from 'kysely';
import type { ReportStatus } from '@vioc/contracts';
import type { Database } from '../../core/db/index.js';
import type { AuditContext } from '../../core/audit/index.js';
import type { Actor } from '../../core/auth/index.js';
import {
  createWorkflow,
  type HistoryAction,
  type MoveEntry,
  type Step as KernelStep,
  type WorkflowStore,
} from '../../core/workflow/index.js';
import type { Reach, Who } from './access.js';
import type { Context } from './context.js';
import type { Deadlines } from './reports.jobs.js';
import { createDeadlinePause, readPause, type PausedDeadline } from './deadline-pause.js';
import { tokenHash } from './intake.js';
import { OPEN, REPORT_MACHINE, type Action } from './machine.js';
import type { ReportRow } from './reports.repo.js';
import { reportsErrors } from './reports.errors.js';
import { transitionEvents } from './reports.events.js';

export interface Caller {
  actor: Actor | null;
  ctx: AuditContext;
  /** A guest reporter's tracking token. */
  token?: string;
  /** Jobs acting on their own (deadlines, closing). */
  system?: boolean;
}

/** The report workflow's types, as core/workflow checks them. */
export interface ReportFlow {
  item: ReportRow;
  state: ReportStatus;
  action: Action;
  role: Who;
  caller: Caller;
  prepared: Reach;
  extra: {
    reach: Reach;
    reporterUserId: string | null;
    /**
     * The reporter acting as such (rating, objecting, answering a question):
     * the timeline says "the reporter" and the events name no account, so a
     * confidential reporter is not revealed to the officers through them.
     */
    asReporter: boolean;
    /** The deadline paused while awaiting the reporter's information (deadline-pause.ts); null while it runs. */
    paused: PausedDeadline | null;
  };
  patch: Updateable<Database['reports']>;
  history: { visibility: 'internal' | 'reporter' | 'public' };
  historyAction: 'approve_extension' | 'reject_extension';
}

/** One action in progress: the locked report (`item`), who the caller is for it, and the transaction. */
export type Step = KernelStep<ReportFlow>;

export const REPORTER_LABEL = 'Người phản ánh';

function sameHash(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** The reports table and its timeline, as the kernel writes them. */
function reportStore(c: Context): WorkflowStore<ReportFlow> {
  const { repo, deps } = c;
  return {
    lock: (trx, id) => repo.lock(trx, id),
    stateOf: (r) => r.status,
    versionOf: (r) => r.updated_at.toISOString(),
    async update(trx, r, { to, patch, now }) {
      await repo.update(trx, r.id, { ...patch, status: to, updated_at: now });
      Object.assign(r, patch, { status: to, updated_at: now });
      // The lock query joins the handling unit's path and name; a new unit needs them for the rest of the step.
      if (patch.assigned_unit_id !== undefined) {
        const unit = patch.assigned_unit_id
          ? (await deps.org.unitPaths([patch.assigned_unit_id])).get(patch.assigned_unit_id)
          : undefined;
        r.assigned_path = unit?.path ?? null;
        r.assigned_name = unit?.fullName ?? null;
      }
    },
    async insertHistory(trx, r, h) {
      await repo.insertHistory(trx, {
        report_id: h.itemId,
        at: h.at,
        action: h.action,
        from_status: h.from,
        to_status: h.to,
        actor_id: h.actorId,
        actor_label: h.actorLabel,
        unit_id: r.assigned_unit_id,
        note: h.note,
        visibility: h.visibility,
        data: h.data ? JSON.stringify(h.data) : null,
      });
    },
  };
}

/** Who the caller is for the report: its reporter (account or tracking token), and staff by reach. */
async function relate(c: Context, trx: Kysely<Database>, row: ReportRow, caller: Caller, reach: Reach) {
  const reporter = await c.repo.reporterOf(row.id, trx);
  const isReporter = Boolean(
    reporter &&
    ((caller.actor?.userId && reporter.user_id === caller.actor.userId) ||
      (caller.token && reporter.token_hash && sameHash(tokenHash(caller.token), reporter.token_hash))),
  );
  const who = c.access.whoOn(reach, row, isReporter);
  if (caller.system) who.add('system');
  return { who, reporterUserId: reporter?.user_id ?? null };
}

function withinObjectionWindow(c: Context, s: Step): void {
  const published = s.item.published_at?.getTime() ?? 0;
  if (s.now.getTime() > published + c.options.objectionDays * 86_400_000)
    throw reportsErrors.error('REPORT_OBJECTION_CLOSED');
}

/**
 * Runs one action of the state machine on the workflow kernel: locks the
 * report, works out who the caller is for it, refuses what the machine does
 * not allow (a report the caller may not see answers 404, one they see but
 * may not act on 403, a wrong status 409), then runs the action and writes
 * its audit entries last, all in one transaction.
 */
export function createSteps(c: Context) {
  const pause = createDeadlinePause(c);
  const workflow = createWorkflow<ReportFlow>({
    name: 'report',
    machine: REPORT_MACHINE,
    db: c.db,
    audit: c.deps.audit,
    publish: c.deps.publish,
    clock: c.clock,
    store: reportStore(c),
    prepare: (caller) => c.access.reachOf(caller.actor),
    async relate({ trx, item, caller, prepared: reach, spec }) {
      const { who, reporterUserId } = await relate(c, trx, item, caller, reach);
      const asReporter = spec.who.every((w) => w === 'reporter');
      return { who, extra: { reach, reporterUserId, asReporter, paused: await readPause(trx, item.id) } };
    },
    canSee: (who) => who.has('viewer') || who.has('reporter') || who.has('system'),
    guards: {
      provide_info: (s) => {
        if (!s.item.info_question) throw reportsErrors.error('REPORT_NO_INFO_REQUEST');
      },
      rate: (s) => withinObjectionWindow(c, s),
      object: (s) => withinObjectionWindow(c, s),
    },
    events: (s, t) =>
      transitionEvents(s.item, {
        action: t.action,
        from: t.from,
        to: t.to,
        actorId: s.asReporter ? null : (s.actor?.userId ?? null),
        reporterUserId: s.reporterUserId,
      }),
    // A paused deadline waits for the reporter only while the report is being handled: once the
    // unit goes on (drafts its answer) the clock runs again; a report leaving handling drops it.
    async beforeMove(s, status) {
      if (!s.paused || status === 'assigned' || status === 'in_progress') return;
      if (OPEN.includes(status)) await pause.resume(s, 'carried_on');
      else await pause.drop(s);
    },
    actorOf: (s) => ({ id: s.actor?.userId ?? null, label: s.asReporter ? REPORTER_LABEL : c.actorLabel(s.actor) }),
    auditUnit: (r) => r.assigned_unit_id ?? r.area_unit_id,
    refusals: {
      not_found: () => reportsErrors.error('REPORT_NOT_FOUND'),
      forbidden: (d) => reportsErrors.error('REPORT_ACTION_FORBIDDEN', d),
      not_allowed: (d) => reportsErrors.error('REPORT_TRANSITION_NOT_ALLOWED', d),
    },
  });

  function act<T>(caller: Caller, id: string, action: Action, run: (s: Step) => Promise<T>): Promise<T> {
    return workflow.act({ id, action, caller }, run);
  }

  /**
   * Writes one step: the report's new status and fields, the timeline entry,
   * the events (staff; public and reporter when their view changes) and the
   * audit entry. `s.item` is updated in place so a following step (verify,
   * then assign) starts from the new state.
   */
  function move(
    s: Step,
    action: HistoryAction<ReportFlow>,
    to: ReportStatus | null,
    patch: Updateable<Database['reports']>,
    entry: MoveEntry<ReportFlow>,
  ): Promise<void> {
    return workflow.move(s, action, to, patch, entry);
  }

  return { act, move, pause };
}

export type Steps = ReturnType<typeof createSteps>;

/** What the module's actions stand on (lifecycle.ts, handling.ts, closing.ts): one value, passed first. */
export interface Kit {
  c: Context;
  steps: Steps;
  deadlines: Deadlines;
}

/** An action of the kit as the service calls it. */
export function bind<A extends unknown[], R>(k: Kit, f: (k: Kit, ...args: A) => R): (...args: A) => R {
  return (...args) => f(k, ...args);
}
