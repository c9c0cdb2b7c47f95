import { opsUrl, reportUrl } from './context.js';
import { reportsErrors } from './reports.errors.js';
import { updatedEvent } from './reports.events.js';
import type { Caller, Kit } from './steps.js';

/*
 * The handling unit at work on a report (bound in lifecycle.ts): requests
 * for information and the reporter's reply, deadline extensions and the
 * leader's decision, the SOP checklist, internal comments.
 */

export function requestInfo(k: Kit, caller: Caller, id: string, question: string) {
  return k.steps.act(caller, id, 'request_info', async (s) => {
    await k.steps.move(
      s,
      'request_info',
      null,
      { info_question: question, info_requested_at: s.now },
      {
        note: question,
        visibility: 'reporter',
      },
    );
    // The deadline waits with the unit (deadline-k.steps.pause.ts); a second question keeps the first k.steps.pause.
    await k.steps.pause.pause(s);
    const recipient = await k.c.reporterRecipient(s.trx, id);
    if (recipient)
      await k.c.deps.notify(
        recipient,
        'reports.info_requested',
        { code: s.item.code, title: s.item.title, question, url: reportUrl(id) },
        undefined,
        { trx: s.trx },
      );
  });
}

/** The reporter answers the request for information (the guard in steps.ts: there must be one). */
export function provideInfo(k: Kit, caller: Caller, id: string, text: string) {
  return k.steps.act(caller, id, 'provide_info', async (s) => {
    await k.steps.move(
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
    await k.steps.pause.resume(s, 'reply');
    await k.c.deps.publish(s.trx, updatedEvent(s.item, 'info', null));
    const people = s.item.assignee_user_id
      ? [s.item.assignee_user_id]
      : await k.c.unitPeople(s.item.assigned_unit_id, ['officer', 'unit_leader']);
    await k.c.notifyAll(s.trx, people, 'reports.info_provided', {
      code: s.item.code,
      title: s.item.title,
      url: opsUrl(id),
    });
  });
}

export function requestExtension(k: Kit, caller: Caller, id: string, body: { days: number; reason: string }) {
  return k.steps.act(caller, id, 'request_extension', async (s) => {
    if (await k.c.repo.pendingExtension(id, s.trx)) throw reportsErrors.error('REPORT_EXTENSION_PENDING');
    const ext = await k.c.repo.insertExtension(s.trx, {
      report_id: id,
      days: body.days,
      reason: body.reason,
      requested_by: s.actor?.userId ?? null,
      requested_at: s.now,
    });
    await k.steps.move(
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
    await k.c.deps.publish(s.trx, updatedEvent(s.item, 'extension', s.actor?.userId ?? null));
    const leaders = await k.c.unitPeople(s.item.assigned_unit_id, ['unit_leader']);
    await k.c.notifyAll(s.trx, leaders, 'reports.extension_requested', {
      code: s.item.code,
      title: s.item.title,
      days: body.days,
      reason: body.reason,
      url: opsUrl(id),
    });
  });
}

/** The unit leader approves (the due date moves by the working days asked) or refuses. */
export function decideExtension(k: Kit, caller: Caller, id: string, body: { approve: boolean; note?: string }) {
  return k.steps.act(caller, id, 'decide_extension', async (s) => {
    const ext = await k.c.repo.pendingExtension(id, s.trx);
    if (!ext) throw reportsErrors.error('REPORT_NO_PENDING_EXTENSION');
    // While the deadline is paused the extension moves the held date; the jobs come with the resumption.
    const held = s.paused;
    const before = held ? held.dueAt : s.item.due_at;
    const after = body.approve ? await k.c.deps.calendar.addWorkingDays(before ?? s.now, ext.days) : null;
    await k.c.repo.decideExtension(s.trx, ext.id, {
      status: body.approve ? 'approved' : 'rejected',
      decided_by: s.actor?.userId ?? null,
      decided_at: s.now,
      decision_note: body.note ?? null,
      due_before: before,
      due_after: after,
    });
    await k.steps.move(
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
    if (held && after) k.steps.pause.moveHeld(s, after);
    else if (after) await k.deadlines.schedule(s.trx, id, after);
    await k.c.deps.publish(s.trx, updatedEvent(s.item, 'extension', s.actor?.userId ?? null));
  });
}

export function tickChecklist(k: Kit, caller: Caller, id: string, body: { position: number; done: boolean }) {
  return k.steps.act(caller, id, 'tick_checklist', async (s) => {
    const item = await k.c.repo.tick(
      s.trx,
      id,
      body.position,
      body.done ? { at: s.now, by: s.actor?.userId ?? null, label: k.c.actorLabel(s.actor) } : null,
    );
    if (!item) throw reportsErrors.error('REPORT_CHECKLIST_ITEM_NOT_FOUND');
    await k.c.deps.publish(s.trx, updatedEvent(s.item, 'checklist', s.actor?.userId ?? null));
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
export function comment(k: Kit, caller: Caller, id: string, text: string) {
  return k.steps.act(caller, id, 'comment', async (s) => {
    const row = await k.c.repo.insertComment(s.trx, {
      report_id: id,
      author_id: s.actor?.userId ?? null,
      author_label: k.c.actorLabel(s.actor),
      unit_id: s.item.assigned_unit_id ?? s.item.area_unit_id,
      body: text,
      created_at: s.now,
    });
    await k.c.deps.publish(s.trx, updatedEvent(s.item, 'comment', s.actor?.userId ?? null));
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
