import type { ReportDto } from '@vioc/contracts';
import type { AuditContext } from '../../core/audit/index.js';
import type { Actor } from '../../core/auth/index.js';
import { createClosing } from './closing.js';
import { createContext, type ReportsDeps } from './context.js';
import { createDuplicates } from './duplicates.js';
import { createIntake, type SubmitOptions } from './intake.js';
import { createLifecycle } from './lifecycle.js';
import { createDeadlines, defineReportJobs } from './reports.jobs.js';
import { createSteps, type Caller } from './steps.js';
import { createViews } from './views.js';
import { createPublicViews } from './public-views.js';
import { createStatistics } from './statistics.js';
import { reportsErrors } from './reports.errors.js';

/**
 * Citizen field reports (phản ánh hiện trường): the module's service, the
 * only writer of its tables. Parts, by responsibility:
 *  - categories.service.ts  categories and routing rules (admin configuration)
 *  - routing.ts             who handles a report (rules, category default, ward by point-in-polygon)
 *  - intake.ts              submit(): the single intake of every channel
 *  - machine.ts + steps.ts  the state machine and how one action is run, on core/workflow (lock, check,
 *                           history, events, audit)
 *  - lifecycle.ts           verification, routing, assignment, transfer, taking in hand
 *  - handling.ts            information requests, extensions, checklist, comments
 *  - closing.ts             answer, approval, publication, rating, objection, reopening, closing
 *  - duplicates.ts          candidates and merging
 *  - reports.jobs.ts        deadlines: reminder, overdue escalation, closing, sweep (pg-boss)
 *  - views.ts               staff / reporter / public views, queues, lists, map
 */
export function createReportsService(deps: ReportsDeps) {
  const c = createContext(deps);
  const steps = createSteps(c);
  const deadlines = createDeadlines(c);
  const lifecycle = createLifecycle(c, steps, deadlines);
  const closing = createClosing(c, steps, deadlines);
  const duplicates = createDuplicates(c, steps, closing);
  const intake = createIntake(c);
  const views = createViews(c);
  const publicViews = createPublicViews(c);
  const statistics = createStatistics(c);

  defineReportJobs(deps.jobs, { deadlines, close: closing.closeWhenDue });
  deps.files.registerAttachmentAccess('report', (actor, record, proof) =>
    views.canSeeAttachments({ actor, token: proof.token }, record.id),
  );

  const caller = (actor: Actor | null, ctx: AuditContext, token?: string): Caller => ({
    actor,
    ctx,
    ...(token && { token }),
  });

  /** Runs an action, then answers with the report as the caller now sees it. */
  function then<A extends unknown[]>(
    run: (caller: Caller, id: string, ...args: A) => Promise<unknown>,
  ): (actor: Actor | null, ctx: AuditContext, id: string, ...args: A) => Promise<ReportDto> {
    return async (actor, ctx, id, ...args) => {
      await run(caller(actor, ctx), id, ...args);
      return views.detail({ actor }, id).catch((err: unknown) => {
        if ((err as { code?: string }).code === 'REPORT_NOT_FOUND') return views.afterLosingReach(id);
        throw err;
      });
    };
  }

  /** Reporter actions: the signed-in reporter, or a guest with their tracking token. */
  function asReporter<B extends { token?: string | undefined }>(
    run: (caller: Caller, id: string, body: B) => Promise<unknown>,
  ): (actor: Actor | null, ctx: AuditContext, id: string, body: B) => Promise<ReportDto> {
    return async (actor, ctx, id, body) => {
      await run(caller(actor, ctx, body.token), id, body);
      return views.detail({ actor, ...(body.token && { token: body.token }) }, id);
    };
  }

  return {
    categories: c.categories,
    /** Where a report of the category at the point would go (admin and operator check of the rules). */
    async routingPreview(categoryId: string, lat: number, lon: number) {
      if (!(await c.categories.find(categoryId))) throw reportsErrors.error('REPORT_CATEGORY_NOT_FOUND');
      return c.routing.preview(categoryId, lat, lon);
    },

    /**
     * The single intake of every channel (web, email, hotline, Open311,
     * social): validates `input` against the submission contract, stores the
     * report once per idempotency key and returns it as its submitter sees it.
     */
    async submit(input: unknown, opts: SubmitOptions) {
      const done = await intake.submit(input, opts);
      const report = await views.forSubmitter(opts.actor, done.id);
      return { report, trackingToken: done.trackingToken, replayed: done.replayed };
    },

    // operations (IOC, handling units)
    verify: async (actor: Actor, ctx: AuditContext, id: string, body: Parameters<typeof lifecycle.verify>[2]) => {
      await lifecycle.verify(caller(actor, ctx), id, body);
      return views.detail({ actor }, id);
    },
    reject: then(lifecycle.reject),
    assign: then(lifecycle.assign),
    bulkAssign: (actor: Actor, ctx: AuditContext, body: Parameters<typeof lifecycle.bulkAssign>[1]) =>
      lifecycle.bulkAssign(caller(actor, ctx), body),
    transfer: then(lifecycle.transfer),
    start: then(lifecycle.start),
    setAssignee: then(lifecycle.setAssignee),
    requestInfo: then(lifecycle.requestInfo),
    requestExtension: then(lifecycle.requestExtension),
    decideExtension: then(lifecycle.decideExtension),
    tickChecklist: then(lifecycle.tickChecklist),
    draftAnswer: then(closing.draftAnswer),
    returnAnswer: then(closing.returnAnswer),
    approveAnswer: then(closing.approveAnswer),
    publish: then(closing.publish),
    reopen: then(closing.reopen),
    close: then(closing.close),
    merge: then(duplicates.merge),
    comment: async (actor: Actor, ctx: AuditContext, id: string, text: string) => {
      const row = await lifecycle.comment(caller(actor, ctx), id, text);
      return {
        id: row.id,
        authorId: row.author_id,
        authorLabel: row.author_label,
        text: row.body,
        createdAt: row.created_at.toISOString(),
      };
    },

    // the reporter
    provideInfo: asReporter((cl, id, body: { text: string; token?: string }) =>
      lifecycle.provideInfo(cl, id, body.text),
    ),
    rate: asReporter((cl, id, body: { stars: number; comment?: string | null; token?: string }) =>
      closing.rate(cl, id, body),
    ),
    object: asReporter((cl, id, body: { text: string; token?: string }) => closing.object(cl, id, body.text)),

    // reading
    detail: (actor: Actor | null, id: string, ctx?: AuditContext) => views.detail({ actor }, id, ctx),
    track: views.track,
    list: views.staffList,
    mine: views.mine,
    publicList: publicViews.publicList,
    mapPoints: publicViews.mapPoints,
    publicDetail: publicViews.publicDetail,
    publicRecords: publicViews.publicRecords,
    /** Statistics in the caller's scope (statistics.ts). */
    statistics: statistics.compute,
    comments: views.comments,
    duplicateCandidates: async (actor: Actor, id: string) => {
      await views.requireViewer(actor, id);
      return duplicates.candidates(id);
    },

    /** The deadline jobs' handlers, for operations and tests that drive the clock. */
    deadlines: {
      remind: deadlines.remind,
      flagOverdue: deadlines.flagOverdue,
      closeWhenDue: closing.closeWhenDue,
      sweep: () => deadlines.sweep(closing.closeWhenDue),
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
export type { ReportsDeps, ReportsOptions } from './context.js';
export type { SubmitOptions } from './intake.js';
