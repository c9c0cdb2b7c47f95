import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { ReportDto, ReportQueue, ReportSummaryDto } from '@vioc/contracts';
import type { Actor } from '../../core/auth/index.js';
import type { AuditContext } from '../../core/audit/index.js';
import type { Reach, Who } from './access.js';
import type { Context } from './context.js';
import type { StaffSort } from './lists.repo.js';
import { iso, listFilter, mediaOf } from './view-helpers.js';
import { tokenHash } from './intake.js';
import { allowedActions, OPEN, publicStatusOf, publicSteps, reporterStatusOf } from './machine.js';
import { PUBLIC_VISIBLE, type FullQuery, type ReportRow } from './reports.repo.js';
import { reportsErrors } from './reports.errors.js';

export interface Viewer {
  actor: Actor | null;
  token?: string;
}

type HistoryRow = Awaited<ReturnType<Context['repo']['history']>>[number];

/**
 * Staff read every step; the reporter reads the public steps, each once
 * (machine.publicSteps), with the notes addressed to them kept under the step
 * they were written in.
 */
function timelineOf(history: readonly HistoryRow[], asStaff: boolean): ReportDto['timeline'] {
  const entries = history.map((h) => ({
    at: h.at.toISOString(),
    action: h.action,
    fromStatus: h.from_status,
    toStatus: h.to_status,
    status: reporterStatusOf(h.to_status),
    unitName: h.unit_name,
    actorLabel: asStaff ? h.actor_label : null,
    note: asStaff || h.visibility === 'reporter' ? h.note : null,
  }));
  const toDto = ({ status, ...e }: (typeof entries)[number]) => ({ ...e, publicStatus: status });
  if (asStaff) return entries.map(toDto);
  return publicSteps(entries).map((step, i, steps) => {
    const end = i + 1 < steps.length ? entries.indexOf(steps[i + 1]!) : entries.length;
    const notes = entries.slice(entries.indexOf(step), end).flatMap((e) => (e.note ? [e.note] : []));
    return toDto({ ...step, note: notes.length ? notes.join('\n\n') : null });
  });
}

/** Reading reports as staff or as their reporter: one report, the queues, "my reports". (Public side: public-views.ts.) */
export function createViews(c: Context) {
  const { repo, deps } = c;
  const media = (id: string) => mediaOf(c, id);
  const filterOf = (q: Parameters<typeof listFilter>[1]) => listFilter(c, q);

  function isOverdue(r: ReportRow): boolean {
    return OPEN.includes(r.status) && r.due_at !== null && r.due_at.getTime() <= c.clock();
  }

  async function resolve(viewer: Viewer, r: ReportRow): Promise<{ who: Set<Who>; reach: Reach; isReporter: boolean }> {
    const reach = await c.access.reachOf(viewer.actor);
    const reporter = await repo.reporterOf(r.id);
    const byToken =
      viewer.token && reporter?.token_hash
        ? crypto.timingSafeEqual(tokenHash(viewer.token), reporter.token_hash)
        : false;
    const isReporter = Boolean(
      reporter && ((viewer.actor?.userId && reporter.user_id === viewer.actor.userId) || byToken),
    );
    return { who: c.access.whoOn(reach, r, isReporter), reach, isReporter };
  }

  /**
   * One report for staff (viewer) or for its reporter. The reporter's
   * identity is shown to staff unless the reporter chose anonymity (nobody
   * sees it) or confidentiality (only the IOC operators of the place and the
   * leader of the handling unit see it).
   */
  async function build(r: ReportRow, who: Set<Who>, asStaff: boolean): Promise<ReportDto> {
    const reporterRow = await repo.reporterOf(r.id);
    let reporter: ReportDto['reporter'] = null;
    let reporterHidden: ReportDto['reporterHidden'] = null;
    const identity = reporterRow
      ? { userId: reporterRow.user_id, name: reporterRow.name, phone: reporterRow.phone, email: reporterRow.email }
      : null;
    if (!asStaff) reporter = identity;
    else if (r.anonymous) reporterHidden = 'anonymous';
    else if (r.confidential && !who.has('operator') && !who.has('unit_leader')) reporterHidden = 'confidential';
    else reporter = identity;

    const visibilities = asStaff ? (['internal', 'reporter', 'public'] as const) : (['reporter', 'public'] as const);
    const [history, files, checklist, pending] = await Promise.all([
      repo.history(r.id, visibilities),
      media(r.id),
      asStaff ? repo.checklist(r.id) : Promise.resolve([]),
      asStaff ? repo.pendingExtension(r.id) : Promise.resolve(undefined),
    ]);
    const answered = ['published', 'rated', 'closed'].includes(r.status);
    const actions = allowedActions(r.status, who).filter((a) => {
      if (a === 'provide_info') return r.info_question !== null;
      if (a === 'decide_extension') return pending !== undefined;
      if (a === 'request_extension') return pending === undefined;
      if (a === 'rate' || a === 'object')
        return (r.published_at?.getTime() ?? 0) + c.options.objectionDays * 86_400_000 >= c.clock();
      return true;
    });
    return {
      id: r.id,
      code: r.code,
      status: r.status,
      publicStatus: r.is_public ? publicStatusOf(r.status) : null,
      reporterStatus: reporterStatusOf(r.status),
      channel: r.channel,
      category: { id: r.category_id, code: r.category_code, name: r.category_name },
      title: r.title,
      description: r.description,
      location: { lat: r.lat, lon: r.lon, address: r.address, source: r.location_source },
      areaUnit: { id: r.area_unit_id, name: r.area_name },
      assignedUnit: r.assigned_unit_id ? { id: r.assigned_unit_id, name: r.assigned_name ?? '' } : null,
      assignee: asStaff && r.assignee_user_id ? { id: r.assignee_user_id, name: r.assignee_name ?? '' } : null,
      isPublic: r.is_public,
      anonymous: r.anonymous,
      confidential: r.confidential,
      reporter,
      reporterHidden,
      createdAt: r.created_at.toISOString(),
      verifiedAt: iso(r.verified_at),
      assignedAt: iso(r.assigned_at),
      dueAt: iso(r.due_at),
      overdue: isOverdue(r),
      overdueAt: asStaff ? iso(r.overdue_at) : null,
      publishedAt: iso(r.published_at),
      closedAt: iso(r.closed_at),
      reject: r.reject_reason
        ? {
            reason: r.reject_reason,
            duplicateOf: r.duplicate_of ? { id: r.duplicate_of, code: r.duplicate_code ?? '' } : null,
          }
        : null,
      answer:
        r.answer && (asStaff || answered)
          ? {
              text: r.answer,
              draftedAt: asStaff ? iso(r.answer_drafted_at) : null,
              approvedAt: asStaff ? iso(r.answer_approved_at) : null,
              publishedAt: iso(r.published_at),
            }
          : null,
      rating:
        r.rating !== null && r.rated_at
          ? { stars: r.rating, comment: r.rating_comment, at: r.rated_at.toISOString() }
          : null,
      infoRequest:
        r.info_question && r.info_requested_at
          ? { question: r.info_question, requestedAt: r.info_requested_at.toISOString() }
          : null,
      pendingExtension: pending
        ? {
            id: pending.id,
            days: pending.days,
            reason: pending.reason,
            requestedAt: pending.requested_at.toISOString(),
          }
        : null,
      reopenCount: r.reopen_count,
      media: files,
      checklist: checklist.map((i) => ({
        position: i.position,
        text: i.text,
        doneAt: iso(i.done_at),
        doneBy: i.done_by_label,
      })),
      timeline: timelineOf(history, asStaff),
      allowedActions: actions,
    };
  }

  /** The report as the caller may see it; 404 when they may not see it at all (the refusal is audited). */
  async function detail(viewer: Viewer, id: string, ctx?: AuditContext): Promise<ReportDto> {
    const r = await repo.find(id);
    if (!r) throw reportsErrors.error('REPORT_NOT_FOUND');
    const { who, isReporter } = await resolve(viewer, r);
    if (who.has('viewer')) return build(r, who, true);
    if (isReporter) return build(r, who, false);
    if (ctx)
      await deps.audit.recordAlone(ctx, {
        action: 'report.read',
        outcome: 'denied',
        targetType: 'report',
        targetId: id,
        unitId: r.assigned_unit_id ?? r.area_unit_id,
      });
    throw reportsErrors.error('REPORT_NOT_FOUND');
  }

  /**
   * The report right after an action that took it out of the caller's reach
   * (a transfer to another unit): what they just saw, with nothing left to do.
   */
  async function afterLosingReach(id: string): Promise<ReportDto> {
    const r = await repo.find(id);
    if (!r) throw reportsErrors.error('REPORT_NOT_FOUND');
    return build(r, new Set<Who>(['viewer']), true);
  }

  /**
   * The report as its submitter sees it in the intake's answer. The submitter is its reporter by
   * construction; a guest's token is not checked because a concurrent retry with the same
   * Idempotency-Key may already have re-issued it (the first answer would then be a 404 for a
   * report that was stored).
   */
  async function forSubmitter(actor: Actor | null, id: string): Promise<ReportDto> {
    const r = await repo.find(id);
    if (!r) throw reportsErrors.error('REPORT_NOT_FOUND');
    const { who } = await resolve({ actor }, r);
    if (who.has('viewer')) return build(r, who, true);
    return build(r, new Set<Who>([...who, 'reporter']), false);
  }

  /** A guest follows their report with its code and tracking token. */
  async function track(code: string, token: string): Promise<ReportDto> {
    const r = await repo.findByCode(code);
    if (!r) throw reportsErrors.error('REPORT_NOT_FOUND');
    const { who, isReporter } = await resolve({ actor: null, token }, r);
    if (!isReporter) throw reportsErrors.error('REPORT_NOT_FOUND');
    const dto = await build(r, who, false);
    // A guest has no session: its photo links carry the token that proves it is the reporter.
    const q = `?token=${encodeURIComponent(token)}`;
    const media = dto.media.map((m) => ({ ...m, url: m.url + q, thumbnailUrl: m.thumbnailUrl && m.thumbnailUrl + q }));
    return { ...dto, media };
  }

  function summary(r: ReportRow): ReportSummaryDto {
    return {
      id: r.id,
      code: r.code,
      status: r.status,
      reporterStatus: reporterStatusOf(r.status),
      title: r.title,
      categoryId: r.category_id,
      categoryName: r.category_name,
      areaUnitName: r.area_name,
      assignedUnitName: r.assigned_name,
      lat: r.lat,
      lon: r.lon,
      createdAt: r.created_at.toISOString(),
      dueAt: iso(r.due_at),
      overdue: isOverdue(r),
      channel: r.channel,
    };
  }

  /** The operations queues, always within the caller's scope. */
  function queueOf(queue: ReportQueue, reach: Reach): (q: FullQuery) => FullQuery {
    const now = c.now();
    const open = [...OPEN];
    const operator = [...reach.operator];
    const handler = [...reach.handler];
    const leader = [...reach.leader];
    switch (queue) {
      case 'all':
        return (q) => q;
      case 'new':
        return (q) =>
          q
            .where('r.status', '=', 'received')
            .where('r.created_at', '>=', new Date(now.getTime() - 86_400_000))
            .where(sql<boolean>`area.path <@ ${operator}::ltree[]`);
      case 'to_verify':
        return (q) =>
          q
            .where((eb) =>
              eb.or([
                eb('r.status', '=', 'received'),
                eb.and([eb('r.status', '=', 'verified'), eb('r.assigned_unit_id', 'is', null)]),
              ]),
            )
            .where(sql<boolean>`area.path <@ ${operator}::ltree[]`);
      case 'my_unit':
        return (q) => q.where('r.status', 'in', open).where(sql<boolean>`au.path <@ ${handler}::ltree[]`);
      case 'assigned_to_me':
        return (q) => q.where('r.status', 'in', open).where('r.assignee_user_id', '=', reach.userId ?? '');
      case 'overdue':
        return (q) => q.where('r.status', 'in', open).where('r.due_at', '<=', now);
      case 'awaiting_approval':
        return (q) =>
          q
            .where(sql<boolean>`au.path <@ ${leader}::ltree[]`)
            .where((eb) =>
              eb.or([
                eb('r.status', '=', 'answer_drafted'),
                eb.exists(
                  eb
                    .selectFrom('report_extensions as x')
                    .select('x.id')
                    .whereRef('x.report_id', '=', 'r.id')
                    .where('x.status', '=', 'pending'),
                ),
              ]),
            );
    }
  }

  async function staffList(
    actor: Actor,
    q: Parameters<typeof filterOf>[0] & { queue: ReportQueue; sort?: StaffSort },
  ): Promise<{ items: ReportSummaryDto[]; total: number }> {
    const reach = await c.access.reachOf(actor);
    const { rows, total } = await c.lists.staffList(
      c.access.staffScope(reach),
      await filterOf(q),
      queueOf(q.queue, reach),
      { sort: q.sort ?? 'newest', now: c.now(), open: OPEN },
    );
    return { items: rows.map(summary), total };
  }

  async function mine(actor: Actor, limit: number, offset: number): Promise<ReportSummaryDto[]> {
    if (!actor.userId) return [];
    return (await c.lists.mine(actor.userId, limit, offset)).map(summary);
  }

  /**
   * Photos of a report: anyone when the report is public; staff who see it;
   * its reporter, signed in or a guest showing the report's tracking token.
   */
  async function canSeeAttachments(viewer: Viewer, id: string): Promise<boolean> {
    const r = await repo.find(id);
    if (!r) return false;
    if (r.is_public && PUBLIC_VISIBLE.includes(r.status)) return true;
    const { who } = await resolve(viewer, r);
    return who.has('viewer') || who.has('reporter');
  }

  async function requireViewer(actor: Actor, id: string): Promise<{ row: ReportRow; who: Set<Who> }> {
    const r = await repo.find(id);
    if (!r) throw reportsErrors.error('REPORT_NOT_FOUND');
    const { who } = await resolve({ actor }, r);
    if (!who.has('viewer')) throw reportsErrors.error('REPORT_NOT_FOUND');
    return { row: r, who };
  }

  async function comments(actor: Actor, id: string) {
    await requireViewer(actor, id);
    return (await repo.comments(id)).map((cm) => ({
      id: cm.id,
      authorId: cm.author_id,
      authorLabel: cm.author_label,
      text: cm.body,
      createdAt: cm.created_at.toISOString(),
    }));
  }

  return {
    detail,
    afterLosingReach,
    forSubmitter,
    track,
    staffList,
    mine,
    canSeeAttachments,
    requireViewer,
    comments,
  };
}

export type Views = ReturnType<typeof createViews>;
