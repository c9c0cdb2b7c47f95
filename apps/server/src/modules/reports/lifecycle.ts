import { AppError } from '../../core/http/index.js';
import { formatVn, opsUrl, reportUrl, type Context } from './context.js';
import type { Deadlines } from './reports.jobs.js';
import { comment, decideExtension, provideInfo, requestExtension, requestInfo, tickChecklist } from './handling.js';
import { reportsErrors } from './reports.errors.js';
import { updatedEvent } from './reports.events.js';
import { bind, type Caller, type Kit, type Step, type Steps } from './steps.js';

const REJECT_LABELS = {
  spam: 'Nội dung không phải phản ánh (tin rác, quảng cáo, thử nghiệm).',
  out_of_scope: 'Nội dung không thuộc phạm vi tiếp nhận phản ánh hiện trường.',
} as const;

/**
 * The operator's and the handling unit's actions, each a function of the
 * module's kit (steps.ts Kit) run through the workflow kernel: verification
 * and routing, rejection, (re)assignment, transfer, taking a report in hand
 * (here); requests for information, deadline extensions, SOP checklist,
 * internal comments (handling.ts). Answering, publication, rating and
 * closing are in closing.ts.
 */
export function createLifecycle(c: Context, steps: Steps, deadlines: Deadlines) {
  const k: Kit = { c, steps, deadlines };
  return {
    verify: bind(k, verify),
    reject: bind(k, reject),
    assign: bind(k, assign),
    bulkAssign: bind(k, bulkAssign),
    transfer: bind(k, transfer),
    start: bind(k, start),
    setAssignee: bind(k, setAssignee),
    requestInfo: bind(k, requestInfo),
    provideInfo: bind(k, provideInfo),
    requestExtension: bind(k, requestExtension),
    decideExtension: bind(k, decideExtension),
    tickChecklist: bind(k, tickChecklist),
    comment: bind(k, comment),
  };
}

export type Lifecycle = ReturnType<typeof createLifecycle>;

async function requireUnit(k: Kit, unitId: string): Promise<{ id: string; name: string }> {
  const unit = await k.c.deps.org.getUnit(unitId).catch(() => undefined);
  if (!unit || !unit.active) throw reportsErrors.error('REPORT_UNIT_INVALID', { unitId });
  return { id: unit.id, name: unit.fullName };
}

/** Hands the report to a unit and tells the unit's people. */
async function assignStep(
  k: Kit,
  s: Step,
  action: 'assign' | 'transfer',
  unitId: string,
  info: { reason: string | null; via: string; ruleId?: string | null },
): Promise<void> {
  if (s.item.assigned_unit_id === unitId) throw reportsErrors.error('REPORT_SAME_UNIT');
  const fromUnit = s.item.assigned_unit_id;
  await k.steps.move(
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
  const people = await k.c.unitPeople(unitId, ['officer', 'unit_leader']);
  await k.c.notifyAll(s.trx, people, 'reports.assigned', {
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
export function verify(
  k: Kit,
  caller: Caller,
  id: string,
  body: { categoryId?: string; isPublic?: boolean; note?: string },
) {
  return k.steps.act(caller, id, 'verify', async (s) => {
    let category = await k.c.categories.find(s.item.category_id, s.trx);
    const changed = body.categoryId !== undefined && body.categoryId !== s.item.category_id;
    if (changed) {
      category = await k.c.categories.find(body.categoryId!, s.trx);
      if (!category) throw reportsErrors.error('REPORT_CATEGORY_NOT_FOUND');
      if (!category.active) throw reportsErrors.error('REPORT_CATEGORY_INACTIVE');
      await k.c.repo.replaceChecklist(s.trx, id, category.sop_items);
    }
    const cat = category!;
    const isPublic = body.isPublic ?? (changed ? cat.public_by_default : s.item.is_public);
    const dueAt = await k.c.deps.calendar.addWorkingDays(s.now, cat.handling_days);
    await k.steps.move(
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
    await k.deadlines.schedule(s.trx, id, dueAt);
    const decision = await k.c.routing.decide(cat.id, {
      id: s.item.area_unit_id,
      path: s.item.area_path,
      kind: s.item.area_kind,
      fullName: s.item.area_name,
    });
    if (decision.unitId)
      await assignStep(k, s, 'assign', decision.unitId, { reason: null, via: decision.via, ruleId: decision.ruleId });
    return decision;
  });
}

export function reject(k: Kit, caller: Caller, id: string, body: { reason: 'spam' | 'out_of_scope'; note: string }) {
  return k.steps.act(caller, id, 'reject', async (s) => {
    await k.steps.move(
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
    const recipient = await k.c.reporterRecipient(s.trx, id);
    if (recipient)
      await k.c.deps.notify(
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
export function assign(k: Kit, caller: Caller, id: string, body: { unitId: string; reason: string }) {
  return k.steps.act(caller, id, 'assign', async (s) => {
    await requireUnit(k, body.unitId);
    await assignStep(k, s, 'assign', body.unitId, { reason: body.reason, via: 'manual' });
  });
}

export async function bulkAssign(
  k: Kit,
  caller: Caller,
  body: { reportIds: string[]; unitId: string; reason: string },
) {
  await requireUnit(k, body.unitId);
  const assigned: string[] = [];
  const failed: { id: string; code: string }[] = [];
  for (const id of [...new Set(body.reportIds)]) {
    try {
      await assign(k, caller, id, { unitId: body.unitId, reason: body.reason });
      assigned.push(id);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      failed.push({ id, code: err.code });
    }
  }
  return { assigned, failed };
}

/** The handling unit passes the report to another unit, with its reason. */
export function transfer(k: Kit, caller: Caller, id: string, body: { unitId: string; reason: string }) {
  return k.steps.act(caller, id, 'transfer', async (s) => {
    await requireUnit(k, body.unitId);
    await assignStep(k, s, 'transfer', body.unitId, { reason: body.reason, via: 'transfer' });
  });
}

/** An officer takes the report in hand (and becomes its assignee if it has none). */
export function start(k: Kit, caller: Caller, id: string) {
  return k.steps.act(caller, id, 'start', async (s) => {
    await k.steps.move(
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
export function setAssignee(k: Kit, caller: Caller, id: string, userId: string) {
  return k.steps.act(caller, id, 'set_assignee', async (s) => {
    const people = await k.c.unitPeople(s.item.assigned_unit_id, ['officer', 'unit_leader']);
    if (!people.includes(userId)) throw reportsErrors.error('REPORT_ASSIGNEE_INVALID');
    await k.steps.move(
      s,
      'set_assignee',
      null,
      { assignee_user_id: userId },
      {
        visibility: 'internal',
        audit: { assigneeId: userId },
      },
    );
    await k.c.deps.publish(s.trx, updatedEvent(s.item, 'assignee', s.actor?.userId ?? null));
    await k.c.notifyAll(s.trx, [userId], 'reports.assigned', {
      code: s.item.code,
      title: s.item.title,
      due: s.item.due_at ? formatVn(s.item.due_at) : '—',
      url: opsUrl(id),
    });
  });
}
