import { formatVn, opsUrl, reportUrl, SYSTEM_CONTEXT, type Context } from './context.js';
import type { Deadlines } from './reports.jobs.js';
import { reportsErrors } from './reports.errors.js';
import type { Caller, Step, Steps } from './steps.js';

/**
 * The answer and what follows it: draft, approval by the unit leader,
 * publication to every reporter of the merged group, rating, objection and
 * reopening, closing.
 */
export function createClosing(c: Context, steps: Steps, deadlines: Deadlines) {
  const { deps } = c;
  const { act, move } = steps;

  function draftAnswer(caller: Caller, id: string, text: string) {
    return act(caller, id, 'draft_answer', async (s) => {
      await move(
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
      const leaders = await c.unitPeople(s.item.assigned_unit_id, ['unit_leader']);
      await c.notifyAll(s.trx, leaders, 'reports.answer_to_approve', {
        code: s.item.code,
        title: s.item.title,
        url: opsUrl(id),
      });
    });
  }

  function returnAnswer(caller: Caller, id: string, note: string) {
    return act(caller, id, 'return_answer', async (s) => {
      await move(
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

  function approveAnswer(caller: Caller, id: string, note?: string) {
    return act(caller, id, 'approve_answer', async (s) => {
      await move(
        s,
        'approve_answer',
        'answer_approved',
        { answer_approved_at: s.now, answer_approved_by: s.actor?.userId ?? null },
        { note: note ?? null, visibility: 'internal' },
      );
    });
  }

  /** Sends the published answer of `rootId` to the reporters of its group (or of the given reports only). */
  async function sendAnswer(s: Step, rootId: string, answer: string, unit: string, onlyReportIds?: string[]) {
    const recipients = await c.reporterRecipients(s.trx, rootId);
    for (const r of recipients) {
      if (onlyReportIds && !onlyReportIds.includes(r.reportId)) continue;
      await deps.notify(
        r.recipient,
        'reports.answered',
        { code: r.code, title: r.title, unit, answer, url: reportUrl(rootId) },
        undefined,
        { trx: s.trx },
      );
    }
  }

  /** The approved answer becomes public; the reporter and everyone whose report was merged into it are told. */
  function publish(caller: Caller, id: string) {
    return act(caller, id, 'publish', async (s) => {
      await move(s, 'publish', 'published', { published_at: s.now, closed_at: null }, { visibility: 'public' });
      await sendAnswer(s, id, s.item.answer ?? '', s.item.assigned_name ?? '');
      await deadlines.scheduleClose(s.trx, id, s.now);
    });
  }

  function withinObjectionWindow(s: Step): void {
    const published = s.item.published_at?.getTime() ?? 0;
    if (s.now.getTime() > published + c.options.objectionDays * 86_400_000)
      throw reportsErrors.error('REPORT_OBJECTION_CLOSED');
  }

  /** Back to the handling unit with a fresh deadline, after a low rating, an objection or the IOC's decision. */
  async function reopenStep(s: Step, action: 'reopen' | 'object', reason: string, visibility: 'reporter' | 'internal') {
    const category = await c.categories.find(s.item.category_id, s.trx);
    const dueAt = await deps.calendar.addWorkingDays(s.now, category?.handling_days ?? 10);
    await move(
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
    await deadlines.schedule(s.trx, s.item.id, dueAt);
    const people = await c.unitPeople(s.item.assigned_unit_id, ['officer', 'unit_leader']);
    await c.notifyAll(s.trx, people, 'reports.reopened', {
      code: s.item.code,
      title: s.item.title,
      reason,
      due: formatVn(dueAt),
      url: opsUrl(s.item.id),
    });
  }

  /** The reporter rates the answer; 1–2 stars reopen the report. */
  function rate(caller: Caller, id: string, body: { stars: number; comment?: string | null }) {
    return act(caller, id, 'rate', async (s) => {
      withinObjectionWindow(s);
      await move(
        s,
        'rate',
        'rated',
        { rating: body.stars, rating_comment: body.comment ?? null, rated_at: s.now },
        { note: body.comment ?? null, visibility: 'public', data: { stars: body.stars }, audit: { stars: body.stars } },
      );
      if (body.stars <= 2)
        await reopenStep(
          s,
          'reopen',
          `Người phản ánh đánh giá ${body.stars}/5: ${body.comment ?? ''}`.trim(),
          'reporter',
        );
    });
  }

  /** The reporter objects to the answer within the window: the report reopens. */
  function object(caller: Caller, id: string, text: string) {
    return act(caller, id, 'object', async (s) => {
      withinObjectionWindow(s);
      await reopenStep(s, 'object', text, 'reporter');
    });
  }

  /** The IOC reopens an answered or closed report (a justified complaint, new facts). */
  function reopen(caller: Caller, id: string, reason: string) {
    return act(caller, id, 'reopen', async (s) => reopenStep(s, 'reopen', reason, 'internal'));
  }

  function close(caller: Caller, id: string, note?: string) {
    return act(caller, id, 'close', async (s) => {
      await move(s, 'close', 'closed', { closed_at: s.now }, { note: note ?? null, visibility: 'public' });
    });
  }

  /** The job's close: only once the objection window has passed (by the server's clock). */
  async function closeWhenDue(reportId: string): Promise<boolean> {
    const r = await c.repo.find(reportId);
    if (!r || (r.status !== 'published' && r.status !== 'rated') || !r.published_at) return false;
    if (c.clock() < r.published_at.getTime() + c.options.objectionDays * 86_400_000) return false;
    try {
      await close({ actor: null, ctx: SYSTEM_CONTEXT, system: true }, reportId);
      return true;
    } catch (err) {
      // Reopened or closed by someone else meanwhile: nothing to do.
      if ((err as { code?: string }).code === 'REPORT_TRANSITION_NOT_ALLOWED') return false;
      throw err;
    }
  }

  return { draftAnswer, returnAnswer, approveAnswer, publish, rate, object, reopen, close, closeWhenDue, sendAnswer };
}

export type Closing = ReturnType<typeof createClosing>;
