import { AppError } from '../../core/http/errors.js';
import { formatVn, opsUrl, reportUrl, type Context } from './context.js';
import type { Deadlines } from './reports.jobs.js';
import { reportsErrors } from './reports.errors.js';
import { updatedEvent } from './reports.events.js';
import type { Caller, Step, Steps } from './steps.js';

const REJECT_LABELS = {
  spam: 'Nội dung không phải phản ánh (tin rác, quảng cáo, thử nghiệm).',
  out_of_scope: 'Nội dung không thuộc phạm vi tiếp nhận phản ánh hiện trường.',
} as const;

/**
 * The operator's and the handling unit's actions: verification and routing,
 * rejection, (re)assignment, transfer, taking a report in hand, requests for
 * information, deadline extensions, SOP checklist, internal comments.
 * Answering, publication, rating and closing are in closing.ts.
 */
export function createLifecycle(c: Context, steps: Steps, deadlines: Deadlines) {
  const { repo, deps } = c;
  const { act, move, pause } = steps;

  async function requireUnit(unitId: string): Promise<{ id: string; name: string }> {
    const unit = await deps.org.getUnit(unitId).catch(() => undefined);
    if (!unit || !unit.active) throw reportsErrors.error('REPORT_UNIT_INVALID', { unitId });
    return { id: unit.id, name: unit.fullName };
  }

  /** Hands the report to a unit and tells the unit's people. */
  async function assignStep(
    s: Step,
    action: 'assign' | 'transfer',
    unitId: string,
    info: { reason: string | null; via: string; ruleId?: string | null },
  ): Promise<void> {
    if (s.item.assigned_unit_id === unitId) throw reportsErrors.error('REPORT_SAME_UNIT');
    const fromUnit = s.item.assigned_unit_id;
    await move(
      s,
      action,
      'assigned',
      { assigned_unit_id: unitId, assigned_at: s.now, assignee_user_id: null },
      {
        note: info.reason,
        visibility: 'public',
        data: { via: info.via, ruleId: info.ruleId ?? null, fromUnitId: fromUnit },
        audit: { unitId, fromUnitId: fromUnit, via: info.via, ruleId: info.ruleId ?? null },
      },
    );
    const people = await c.unitPeople(unitId, ['officer', 'unit_leader']);
    await c.notifyAll(s.trx, people, 'reports.assigned', {
      code: s.item.code,
      title: s.item.title,
      due: s.item.due_at ? formatVn(s.item.due_at) : '—',
      url: opsUrl(s.item.id),
    });
  }

  /**
   * Verification by the IOC: the report is genuine; the category may be
   * corrected and publicity decided. The deadline starts now, in working days
   * of the category; routing then hands it to the responsible unit.
   */
  function verify(caller: Caller, id: string, body: { categoryId?: string; isPublic?: boolean; note?: string }) {
    return act(caller, id, 'verify', async (s) => {
      let category = await c.categories.find(s.item.category_id, s.trx);
      const changed = body.categoryId !== undefined && body.categoryId !== s.item.category_id;
      if (changed) {
        category = await c.categories.find(body.categoryId!, s.trx);
        if (!category) throw reportsErrors.error('REPORT_CATEGORY_NOT_FOUND');
        if (!category.active) throw reportsErrors.error('REPORT_CATEGORY_INACTIVE');
        await repo.replaceChecklist(s.trx, id, category.sop_items);
      }
      const cat = category!;
      const isPublic = body.isPublic ?? (changed ? cat.public_by_default : s.item.is_public);
      const dueAt = await deps.calendar.addWorkingDays(s.now, cat.handling_days);
      await move(
        s,
        'verify',
        'verified',
        {
          category_id: cat.id,
          is_public: isPublic,
          verified_at: s.now,
          due_at: dueAt,
          reminded_at: null,
        },
        {
          note: body.note ?? null,
          visibility: 'public',
          audit: { categoryId: cat.id, isPublic, dueAt: dueAt.toISOString(), handlingDays: cat.handling_days },
        },
      );
      s.item.category_id = cat.id;
      s.item.category_name = cat.name;
      await deadlines.schedule(s.trx, id, dueAt);
      const decision = await c.routing.decide(cat.id, {
        id: s.item.area_unit_id,
        path: s.item.area_path,
        kind: s.item.area_kind,
        fullName: s.item.area_name,
      });
      if (decision.unitId)
        await assignStep(s, 'assign', decision.unitId, { reason: null, via: decision.via, ruleId: decision.ruleId });
      return decision;
    });
  }

  function reject(caller: Caller, id: string, body: { reason: 'spam' | 'out_of_scope'; note: string }) {
    return act(caller, id, 'reject', async (s) => {
      await move(
        s,
        'reject',
        'rejected',
        { reject_reason: body.reason },
        {
          note: body.note,
          visibility: 'reporter',
          audit: { reason: body.reason },
        },
      );
      const recipient = await c.reporterRecipient(s.trx, id);
      if (recipient)
        await deps.notify(
          recipient,
          'reports.rejected',
          {
            code: s.item.code,
            title: s.item.title,
            reason: `${REJECT_LABELS[body.reason]} ${body.note}`,
            url: reportUrl(id),
          },
          undefined,
          { trx: s.trx },
        );
    });
  }

  /** Manual assignment or override of the routing, with its reason (audited). */
  function assign(caller: Caller, id: string, body: { unitId: string; reason: string }) {
    return act(caller, id, 'assign', async (s) => {
      await requireUnit(body.unitId);
      await assignStep(s, 'assign', body.unitId, { reason: body.reason, via: 'manual' });
    });
  }

  async function bulkAssign(caller: Caller, body: { reportIds: string[]; unitId: string; reason: string }) {
    await requireUnit(body.unitId);
    const assigned: string[] = [];
    const failed: { id: string; code: string }[] = [];
    for (const id of [...new Set(body.reportIds)]) {
      try {
        await assign(caller, id, { unitId: body.unitId, reason: body.reason });
        assigned.push(id);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        failed.push({ id, code: err.code });
      }
    }
    return { assigned, failed };
  }

  /** The handling unit passes the report to another unit, with its reason. */
  function transfer(caller: Caller, id: string, body: { unitId: string; reason: string }) {
    return act(caller, id, 'transfer', async (s) => {
      await requireUnit(body.unitId);
      await assignStep(s, 'transfer', body.unitId, { reason: body.reason, via: 'transfer' });
    });
  }

  /** An officer takes the report in hand (and becomes its assignee if it has none). */
  function start(caller: Caller, id: string) {
    return act(caller, id, 'start', async (s) => {
      await move(
        s,
        'start',
        'in_progress',
        { assignee_user_id: s.item.assignee_user_id ?? s.actor?.userId ?? null },
        {
          visibility: 'public',
        },
      );
    });
  }

  /** The unit leader names the officer in charge. */
  function setAssignee(caller: Caller, id: string, userId: string) {
    return act(caller, id, 'set_assignee', async (s) => {
      const people = await c.unitPeople(s.item.assigned_unit_id, ['officer', 'unit_leader']);
      if (!people.includes(userId)) throw reportsErrors.error('REPORT_ASSIGNEE_INVALID');
      await move(
        s,
        'set_assignee',
        null,
        { assignee_user_id: userId },
        {
          visibility: 'internal',
          audit: { assigneeId: userId },
        },
      );
      await deps.publish(s.trx, updatedEvent(s.item, 'assignee', s.actor?.userId ?? null));
      await c.notifyAll(s.trx, [userId], 'reports.assigned', {
        code: s.item.code,
        title: s.item.title,
        due: s.item.due_at ? formatVn(s.item.due_at) : '—',
        url: opsUrl(id),
      });
    });
  }

  function requestInfo(caller: Caller, id: string, question: string) {
    return act(caller, id, 'request_info', async (s) => {
      await move(
        s,
        'request_info',
        null,
        { info_question: question, info_requested_at: s.now },
        {
          note: question,
          visibility: 'reporter',
        },
      );
      // The deadline waits with the unit (deadline-pause.ts); a second question keeps the first pause.
      await pause.pause(s);
      const recipient = await c.reporterRecipient(s.trx, id);
      if (recipient)
        await deps.notify(
          recipient,
          'reports.info_requested',
          { code: s.item.code, title: s.item.title, question, url: reportUrl(id) },
          undefined,
          { trx: s.trx },
        );
    });
  }

  /** The reporter answers the request for information. */
  function provideInfo(caller: Caller, id: string, text: string) {
    return act(caller, id, 'provide_info', async (s) => {
      if (!s.item.info_question) throw reportsErrors.error('REPORT_NO_INFO_REQUEST');
      await move(
        s,
        'provide_info',
        null,
        { info_question: null, info_requested_at: null },
        {
          note: text,
          visibility: 'reporter',
          audit: { length: text.length },
        },
      );
      await pause.resume(s, 'reply');
      await deps.publish(s.trx, updatedEvent(s.item, 'info', null));
      const people = s.item.assignee_user_id
        ? [s.item.assignee_user_id]
        : await c.unitPeople(s.item.assigned_unit_id, ['officer', 'unit_leader']);
      await c.notifyAll(s.trx, people, 'reports.info_provided', {
        code: s.item.code,
        title: s.item.title,
        url: opsUrl(id),
      });
    });
  }

  function requestExtension(caller: Caller, id: string, body: { days: number; reason: string }) {
    return act(caller, id, 'request_extension', async (s) => {
      if (await repo.pendingExtension(id, s.trx)) throw reportsErrors.error('REPORT_EXTENSION_PENDING');
      const ext = await repo.insertExtension(s.trx, {
        report_id: id,
        days: body.days,
        reason: body.reason,
        requested_by: s.actor?.userId ?? null,
        requested_at: s.now,
      });
      await move(
        s,
        'request_extension',
        null,
        {},
        {
          note: body.reason,
          visibility: 'internal',
          data: { days: body.days, extensionId: ext.id },
          audit: { days: body.days, extensionId: ext.id },
        },
      );
      await deps.publish(s.trx, updatedEvent(s.item, 'extension', s.actor?.userId ?? null));
      const leaders = await c.unitPeople(s.item.assigned_unit_id, ['unit_leader']);
      await c.notifyAll(s.trx, leaders, 'reports.extension_requested', {
        code: s.item.code,
        title: s.item.title,
        days: body.days,
        reason: body.reason,
        url: opsUrl(id),
      });
    });
  }

  /** The unit leader approves (the due date moves by the working days asked) or refuses. */
  function decideExtension(caller: Caller, id: string, body: { approve: boolean; note?: string }) {
    return act(caller, id, 'decide_extension', async (s) => {
      const ext = await repo.pendingExtension(id, s.trx);
      if (!ext) throw reportsErrors.error('REPORT_NO_PENDING_EXTENSION');
      // While the deadline is paused the extension moves the held date; the jobs come with the resumption.
      const held = s.paused;
      const before = held ? held.dueAt : s.item.due_at;
      const after = body.approve ? await deps.calendar.addWorkingDays(before ?? s.now, ext.days) : null;
      await repo.decideExtension(s.trx, ext.id, {
        status: body.approve ? 'approved' : 'rejected',
        decided_by: s.actor?.userId ?? null,
        decided_at: s.now,
        decision_note: body.note ?? null,
        due_before: before,
        due_after: after,
      });
      await move(
        s,
        body.approve ? 'approve_extension' : 'reject_extension',
        null,
        !after ? {} : held ? { paused_due_at: after } : { due_at: after, reminded_at: null },
        {
          note: body.note ?? null,
          visibility: 'internal',
          data: { days: ext.days, dueBefore: before?.toISOString() ?? null, dueAfter: after?.toISOString() ?? null },
          audit: { extensionId: ext.id, days: ext.days, dueAfter: after?.toISOString() ?? null },
        },
      );
      if (held && after) held.dueAt = after;
      else if (after) await deadlines.schedule(s.trx, id, after);
      await deps.publish(s.trx, updatedEvent(s.item, 'extension', s.actor?.userId ?? null));
    });
  }

  function tickChecklist(caller: Caller, id: string, body: { position: number; done: boolean }) {
    return act(caller, id, 'tick_checklist', async (s) => {
      const item = await repo.tick(
        s.trx,
        id,
        body.position,
        body.done ? { at: s.now, by: s.actor?.userId ?? null, label: c.actorLabel(s.actor) } : null,
      );
      if (!item) throw reportsErrors.error('REPORT_CHECKLIST_ITEM_NOT_FOUND');
      await deps.publish(s.trx, updatedEvent(s.item, 'checklist', s.actor?.userId ?? null));
      s.audit.add({
        action: 'report.checklist',
        targetType: 'report',
        targetId: id,
        unitId: s.item.assigned_unit_id ?? s.item.area_unit_id,
        after: { position: body.position, done: body.done },
      });
    });
  }

  /** Internal comments: between the IOC and the units, never shown to the public or the reporter. */
  function comment(caller: Caller, id: string, text: string) {
    return act(caller, id, 'comment', async (s) => {
      const row = await repo.insertComment(s.trx, {
        report_id: id,
        author_id: s.actor?.userId ?? null,
        author_label: c.actorLabel(s.actor),
        unit_id: s.item.assigned_unit_id ?? s.item.area_unit_id,
        body: text,
        created_at: s.now,
      });
      await deps.publish(s.trx, updatedEvent(s.item, 'comment', s.actor?.userId ?? null));
      s.audit.add({
        action: 'report.comment',
        targetType: 'report',
        targetId: id,
        unitId: s.item.assigned_unit_id ?? s.item.area_unit_id,
        after: { commentId: row.id, length: text.length },
      });
      return row;
    });
  }

  return {
    verify,
    reject,
    assign,
    bulkAssign,
    transfer,
    start,
    setAssignee,
    requestInfo,
    provideInfo,
    requestExtension,
    decideExtension,
    tickChecklist,
    comment,
  };
}

export type Lifecycle = ReturnType<typeof createLifecycle>;
