import { formatVn, opsUrl, reportUrl, SYSTEM_CONTEXT, type Context } from './context.js';
import { reportsErrors } from './reports.errors.js';
import type { Deadlines } from './reports.jobs.js';
import { bind, type Caller, type Kit, type Step, type Steps } from './steps.js';

/**
 * The answer and what follows it: draft, approval by the unit leader,
 * publication to every reporter of the merged group, rating, objection and
 * reopening (rating and objecting only within the window: the guard in
 * steps.ts), closing. Each action is a function of the module's kit.
 */
export function createClosing(c: Context, steps: Steps, deadlines: Deadlines) {
  const k: Kit = { c, steps, deadlines };
  return {
    draftAnswer: bind(k, draftAnswer),
    returnAnswer: bind(k, returnAnswer),
    approveAnswer: bind(k, approveAnswer),
    publish: bind(k, publish),
    rate: bind(k, rate),
    object: bind(k, object),
    reopen: bind(k, reopen),
    close: bind(k, close),
    closeWhenDue: bind(k, closeWhenDue),
    sendAnswer: bind(k, sendAnswer),
  };
}

export type Closing = ReturnType<typeof createClosing>;

export function draftAnswer(k: Kit, caller: Caller, id: string, text: string) {
  return k.steps.act(caller, id, 'draft_answer', async (s) => {
    await k.steps.move(
      s,
      'draft_answer',
      'answer_drafted',
      {
        answer: text,
        answer_drafted_at: s.now,
        answer_drafted_by: s.actor?.userId ?? null,
        answer_approved_at: null,
        answer_approved_by: null,
      },
      { note: text, visibility: 'internal', audit: { length: text.length } },
    );
    const leaders = await k.c.unitPeople(s.item.assigned_unit_id, ['unit_leader']);
    await k.c.notifyAll(s.trx, leaders, 'reports.answer_to_approve', {
      code: s.item.code,
      title: s.item.title,
      url: opsUrl(id),
    });
  });
}

export function returnAnswer(k: Kit, caller: Caller, id: string, note: string) {
  return k.steps.act(caller, id, 'return_answer', async (s) => {
    await k.steps.move(
      s,
      'return_answer',
      'in_progress',
      { answer_approved_at: null, answer_approved_by: null },
      {
        note,
        visibility: 'internal',
      },
    );
  });
}

export function approveAnswer(k: Kit, caller: Caller, id: string, note?: string) {
  return k.steps.act(caller, id, 'approve_answer', async (s) => {
    await k.steps.move(
      s,
      'approve_answer',
      'answer_approved',
      { answer_approved_at: s.now, answer_approved_by: s.actor?.userId ?? null },
      { note: note ?? null, visibility: 'internal' },
    );
  });
}

/** Sends the published answer of `rootId` to the reporters of its group (or of the given reports only). */
export async function sendAnswer(
  k: Kit,
  s: Step,
  rootId: string,
  answer: string,
  unit: string,
  onlyReportIds?: string[],
) {
  const recipients = await k.c.reporterRecipients(s.trx, rootId);
  for (const r of recipients) {
    if (onlyReportIds && !onlyReportIds.includes(r.reportId)) continue;
    await k.c.deps.notify(
      r.recipient,
      'reports.answered',
      { code: r.code, title: r.title, unit, answer, url: reportUrl(rootId) },
      undefined,
      { trx: s.trx },
    );
  }
}

/** The approved answer becomes public; the reporter and everyone whose report was merged into it are told. */
export function publish(k: Kit, caller: Caller, id: string) {
  return k.steps.act(caller, id, 'publish', async (s) => {
    await k.steps.move(s, 'publish', 'published', { published_at: s.now, closed_at: null }, { visibility: 'public' });
    await sendAnswer(k, s, id, s.item.answer ?? '', s.item.assigned_name ?? '');
    await k.deadlines.scheduleClose(s.trx, id, s.now);
  });
}

/** Back to the handling unit with a fresh deadline, after a low rating, an objection or the IOC's decision. */
async function reopenStep(
  k: Kit,
  s: Step,
  action: 'reopen' | 'object',
  reason: string,
  visibility: 'reporter' | 'internal',
) {
  const category = await k.c.categories.find(s.item.category_id, s.trx);
  const dueAt = await k.c.deps.calendar.addWorkingDays(s.now, category?.handling_days ?? 10);
  await k.steps.move(
    s,
    action,
    'in_progress',
    {
      reopen_count: s.item.reopen_count + 1,
      due_at: dueAt,
      reminded_at: null,
      closed_at: null,
      answer_approved_at: null,
      answer_approved_by: null,
    },
    { note: reason, visibility, audit: { dueAt: dueAt.toISOString(), reopenCount: s.item.reopen_count + 1 } },
  );
  await k.deadlines.schedule(s.trx, s.item.id, dueAt);
  const people = await k.c.unitPeople(s.item.assigned_unit_id, ['officer', 'unit_leader']);
  await k.c.notifyAll(s.trx, people, 'reports.reopened', {
    code: s.item.code,
    title: s.item.title,
    reason,
    due: formatVn(dueAt),
    url: opsUrl(s.item.id),
  });
}

/** The reporter rates the answer; 1–2 stars reopen the report. */
export function rate(k: Kit, caller: Caller, id: string, body: { stars: number; comment?: string | null }) {
  return k.steps.act(caller, id, 'rate', async (s) => {
    await k.steps.move(
      s,
      'rate',
      'rated',
      { rating: body.stars, rating_comment: body.comment ?? null, rated_at: s.now },
      { note: body.comment ?? null, visibility: 'public', data: { stars: body.stars }, audit: { stars: body.stars } },
    );
    if (body.stars <= 2)
      await reopenStep(
        k,
        s,
        'reopen',
        `Người phản ánh đánh giá ${body.stars}/5: ${body.comment ?? ''}`.trim(),
        'reporter',
      );
  });
}

/** The reporter objects to the answer within the window: the report reopens. */
export function object(k: Kit, caller: Caller, id: string, text: string) {
  return k.steps.act(caller, id, 'object', async (s) => {
    await reopenStep(k, s, 'object', text, 'reporter');
  });
}

/** The IOC reopens an answered or closed report (a justified complaint, new facts). */
export function reopen(k: Kit, caller: Caller, id: string, reason: string) {
  return k.steps.act(caller, id, 'reopen', async (s) => reopenStep(k, s, 'reopen', reason, 'internal'));
}

export function close(k: Kit, caller: Caller, id: string, note?: string) {
  return k.steps.act(caller, id, 'close', async (s) => {
    await k.steps.move(s, 'close', 'closed', { closed_at: s.now }, { note: note ?? null, visibility: 'public' });
  });
}

/** The job's close: only once the objection window has passed (by the server's clock). */
export async function closeWhenDue(k: Kit, reportId: string): Promise<boolean> {
  const r = await k.c.repo.find(reportId);
  if (!r || (r.status !== 'published' && r.status !== 'rated') || !r.published_at) return false;
  if (k.c.clock() < r.published_at.getTime() + k.c.options.objectionDays * 86_400_000) return false;
  try {
    await close(k, { actor: null, ctx: SYSTEM_CONTEXT, system: true }, reportId);
    return true;
  } catch (err) {
    // Reopened or closed by someone else meanwhile: nothing to do.
    if (reportsErrors.is(err, 'REPORT_TRANSITION_NOT_ALLOWED')) return false;
    throw err;
  }
}
